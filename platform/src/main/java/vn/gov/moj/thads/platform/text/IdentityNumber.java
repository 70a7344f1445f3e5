package vn.gov.moj.thads.platform.text;

/**
 * An identity number as a person's papers carry it (a citizen identity card's 12 digits, an old identity card's 9, a
 * passport's letters and digits, an enterprise code with its branch suffix, 0101234567-001): Latin letters and digits,
 * groups joined by one space, dot, slash or hyphen; blank for none. Kept as typed, it was shown as typed: a right-to-left
 * override showed 111000990100 as 001099000111 to whoever read it, and an escape sequence or a formula reached the
 * readers' screens and files (red team of session 26). For {@code @Pattern(regexp = PATTERN, message = MESSAGE)}.
 */
public final class IdentityNumber {

    public static final String PATTERN = "\\s*|\\s*[A-Za-z0-9]+([ ./-][A-Za-z0-9]+)*\\s*";
    public static final String MESSAGE = "must be an identity number: Latin letters and digits, in groups joined by a space, . / or -";

    private IdentityNumber() {
    }
}
