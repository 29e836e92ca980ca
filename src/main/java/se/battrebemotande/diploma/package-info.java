/**
 * Part certificates (intyg) and the course diploma (utbildningsdiplom): issued when a learner
 * completes a part or the whole course, rendered as PDF on request, and verifiable by anyone who
 * has a document's code. A document is never edited or deleted: it can be revoked (the reason is
 * for administrators only; verification shows the date) or reissued for a corrected name (a new
 * document with a new code; the old row's {@code replaced_by} names it, and verification of the
 * old code links the new one).
 */
package se.battrebemotande.diploma;
