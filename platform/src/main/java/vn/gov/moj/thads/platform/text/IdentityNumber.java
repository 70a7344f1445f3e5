package vn.gov.moj.thads.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An identity number as a person's papers carry it (a citizen identity card's 12 digits, an old identity card's 9, a
 * passport's letters and digits, an enterprise code with its branch suffix, 0101234567-001, a Hong Kong card's
 * A123456(7)): Latin letters and digits, with spaces, dots, slashes, hyphens and brackets between them; blank for none.
 * Kept as typed, it was shown as typed: a right-to-left override showed 111000990100 as 001099000111, and an escape
 * sequence or a formula reached the readers' screens and files (red team of session 26). Checked in one pass: a regular
 * expression of groups overflowed the stack on a long value (500; review of session 26).
 */
@Documented
@Constraint(validatedBy = IdentityNumber.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentityNumber {

    String message() default "must be an identity number: Latin letters and digits, with spaces, . / - or brackets between them";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check; null is none. */
    class Check implements ConstraintValidator<IdentityNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isIdentityNumber(value);
        }

        static boolean isIdentityNumber(String value) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String number = value.strip();
            if (number.length() > 50 || !isLetterOrDigit(number.charAt(0))) {
                return false;
            }
            for (int i = 0; i < number.length(); i++) {
                char c = number.charAt(i);
                if (!isLetterOrDigit(c) && " ./-()".indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isLetterOrDigit(char c) {
            return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }
    }
}
