package se.battrebemotande.organisation;

/** A member's role in one organisation; an account can be an administrator of one and a member of another. */
public enum MemberRole {
    MEMBER,
    ADMIN
}
