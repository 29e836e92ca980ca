/**
 * What every feature stands on: the data source, the schema migrations and small shared value
 * types. Nothing here knows about courses or learners.
 */
package se.battrebemotande.platform;
