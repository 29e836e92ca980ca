/**
 * What a learner has done: the parts of each film actually watched, test attempts and their
 * scores, and when steps and parts were completed. All of it is decided on the server: the browser
 * only reports what it played and which choices were ticked.
 */
package se.battrebemotande.learning;
