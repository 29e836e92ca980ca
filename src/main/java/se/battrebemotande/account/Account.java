package se.battrebemotande.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A person who takes the course. The name is the one that stands on their diploma. */
@Entity
@NamedQuery(
        name = "Account.findByEmail",
        query = "select a from Account a where a.email = :email and a.deletedAt is null")
@NamedQuery(name = "Account.countByRole", query = "select count(a) from Account a where a.role = :role")
public class Account {
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 500;

    /**
     * The characters a name may not hold (review L2): control and format characters (bidi overrides,
     * zero-width spaces), private-use, surrogate and unassigned code points.
     */
    public static final String NAME_CHARACTERS = "^[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}]*$";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    private String email;

    private String name;

    @Column(name = "password_hash")
    private String passwordHash;

    private String language;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Account() {}

    Account(String email, String name, String passwordHash, Locale language, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.name = normalizeName(name);
        this.passwordHash = passwordHash;
        this.language = language.getLanguage();
        this.role = Role.LEARNER;
        this.createdAt = createdAt;
    }

    /** E-mail addresses are compared without case and surrounding space. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Names keep their case but not stray whitespace, in Unicode's composed form (NFC). */
    public static String normalizeName(String name) {
        return name == null
                ? null
                : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                        .strip()
                        .replaceAll("\\s+", " ");
    }

    void grant(Role role) {
        this.role = role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    void rename(String name) {
        this.name = normalizeName(name);
    }

    /** The owner showed, through a mailed link, that the address is theirs. */
    void confirmEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    /** Moves to a new address, confirmed by the link that brought the change. */
    void moveTo(String newEmail, Instant at) {
        this.email = normalizeEmail(newEmail);
        this.emailVerifiedAt = at;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /**
     * Erases the person: no name, address or password is left, only the row that anonymous
     * statistics count (its progress and answers, with nothing that tells whose they were).
     */
    void erase(Instant at) {
        this.email = "deleted-" + id;
        this.name = "";
        this.passwordHash = "";
        this.role = Role.LEARNER;
        this.emailVerifiedAt = null;
        this.deletedAt = at;
    }

    void changeLanguage(Locale locale) {
        this.language = locale.getLanguage();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
