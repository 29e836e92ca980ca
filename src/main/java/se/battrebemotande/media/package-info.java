/**
 * Serving the course package's films, captions and posters to signed-in learners, with HTTP
 * ranges for seeking and validators for caching. Files are streamed, never read whole.
 */
package se.battrebemotande.media;
