/**
 * Reading and validating a course package: the manifest, step descriptions, question banks,
 * captions and transcripts in {@code media/} (format in {@code media/README.md}). Plain Java with no
 * container, so every rule is tested by unit tests; a broken package is reported as a whole, each
 * problem naming its file.
 */
package se.battrebemotande.course.pkg;
