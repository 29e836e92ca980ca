/**
 * A person's rights over their data: everything stored about them, downloadable as JSON with
 * readable names, and the deletion of their account (personal data erased, anonymous statistics
 * kept, issued documents revoked at the holder's request without the name). The privacy notice is
 * the page {@code /privacy}.
 */
package se.battrebemotande.privacy;
