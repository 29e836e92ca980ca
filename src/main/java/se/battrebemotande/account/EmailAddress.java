package se.battrebemotande.account;

import java.util.regex.Pattern;

/**
 * What the site accepts as an e-mail address: something@domain.tld, no spaces, at most 254
 * characters, compared without case. Kept in one place for registration forms and enrolment lists.
 */
public final class EmailAddress {
    /** For {@code @Email(regexp = ...)} on forms. */
    public static final String REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private EmailAddress() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= Account.EMAIL_MAX
                && PATTERN.matcher(address).matches()
                && address.chars().noneMatch(Character::isISOControl);
    }

    /** Compared and stored without case and surrounding space. */
    public static String normalize(String address) {
        return Account.normalizeEmail(address);
    }
}
