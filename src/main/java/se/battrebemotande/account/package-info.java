/**
 * Accounts: registration, login and logout with Jakarta Security, and who is signed in
 * ({@link se.battrebemotande.account.CurrentUser}). Passwords are kept only as PBKDF2 hashes; the
 * caller principal is the account id, so it survives a change of e-mail. The account's site-wide
 * role ({@link se.battrebemotande.account.Role}) comes from the database and becomes the caller's
 * security groups at login; roles that hold for one organisation only are the
 * {@code organisation} feature's, checked by its services.
 */
package se.battrebemotande.account;
