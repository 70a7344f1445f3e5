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
 * A name (a party's, a court's) as typed or pasted: the same check as {@link DocumentNumber}, something visible, no control
 * characters (an escape sequence, a bell, a backspace reached the public debtor list), at most {@link #max} characters as
 * kept ({@link VietnameseText#visible}, which also drops formatting characters such as a right-to-left override).
 */
@Documented
@Constraint(validatedBy = VisibleText.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

    String message() default "must hold a letter, digit or sign, no control characters, and at most {max} characters";

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check; null is left to {@code @NotBlank}. */
    class Check implements ConstraintValidator<VisibleText, String> {

        private int max;

        @Override
        public void initialize(VisibleText constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return DocumentNumber.Check.isVisibleText(value, max);
        }
    }
}
