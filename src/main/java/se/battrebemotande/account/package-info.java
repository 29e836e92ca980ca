/**
 * Learner accounts: registration, login and logout with Jakarta Security. Passwords are kept only
 * as PBKDF2 hashes; the caller principal is the account id, so it survives a change of e-mail.
 */
package se.battrebemotande.account;
