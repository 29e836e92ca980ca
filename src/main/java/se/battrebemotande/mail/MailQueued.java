package se.battrebemotande.mail;

/** Mail was put in the outbox; observed once the transaction that queued it has committed. */
public record MailQueued() {}
