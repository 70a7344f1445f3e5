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
 * A phone number as dialled: digits, a leading +, and spaces, dots, hyphens or brackets; blank for none. An override or an
 * escape sequence reached the handlers' screens (red team of session 26). Checked in one pass, as {@link IdentityNumber}.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    String message() default "must be a phone number: digits, a leading +, and spaces, dots, hyphens or brackets";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check; null is none. */
    class Check implements ConstraintValidator<PhoneNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPhoneNumber(value);
        }

        static boolean isPhoneNumber(String value) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String number = value.strip();
            if (number.length() > 50) {
                return false;
            }
            boolean digits = false;
            for (int i = 0; i < number.length(); i++) {
                char c = number.charAt(i);
                boolean leadingPlus = c == '+' && number.substring(0, i).chars().allMatch(b -> b == '(');
                if (c >= '0' && c <= '9') {
                    digits = true;
                } else if (!leadingPlus && " .-()".indexOf(c) < 0) {
                    return false;
                }
            }
            return digits;
        }
    }
}
