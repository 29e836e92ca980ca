/**
 * The county board's administration: users and the administrator role, organisations, diplomas
 * (revoking and reissuing), the course content, and the audit log every one of these changes is
 * written to. It sits on the top floor: it calls the other features' services, nothing calls it.
 * Every service method takes the acting account and checks, in the database, that it is an
 * administrator now; a change and its audit entry are one transaction.
 */
package se.battrebemotande.admin;
