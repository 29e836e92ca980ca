/**
 * Part certificates (intyg) and the course diploma (utbildningsdiplom): issued when a learner
 * completes a part or the whole course, rendered as PDF on request, and verifiable by anyone who
 * has a document's code.
 */
package se.battrebemotande.diploma;
