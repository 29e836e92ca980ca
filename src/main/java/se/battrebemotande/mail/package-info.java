/**
 * E-mail the site sends (invitations, reminders), through a transactional outbox: a service queues
 * a {@link se.battrebemotande.mail.Mail} in its own transaction, and only once that transaction has
 * committed does the {@link se.battrebemotande.mail.MailDispatcher} send it, so a rolled-back
 * invitation never leaves a mail behind. A failed send is retried with growing pauses and stays
 * visible with its error; several servers share the work by claiming rows in the database. With no
 * SMTP server configured, mails are written as {@code .eml} files to a folder instead.
 */
package se.battrebemotande.mail;
