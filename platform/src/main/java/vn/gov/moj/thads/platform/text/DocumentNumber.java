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
 * The number of a decision, judgment or receipt, or a court's code: a {@link VisibleText} written in the Latin alphabet
 * (Vietnamese letters with their marks), digits 0-9 and the signs of a keyboard. A Cyrillic "С", a full-width "１" or a
 * mathematical "𝟏" looks like the Latin one in every list and passed the duplicate checks as another number, a second
 * judgment of the same money (review of session 31); no court or agency writes its numbers so.
 */
@Documented
@Constraint(validatedBy = DocumentNumber.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DocumentNumber {

    String message() default "must be written in Latin letters (Vietnamese ones too), digits 0-9 and keyboard signs, and at most {max} characters";

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check; null is left to {@code @NotBlank}. */
    class Check implements ConstraintValidator<DocumentNumber, String> {

        private int max;

        @Override
        public void initialize(DocumentNumber constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return VisibleText.Check.isVisibleText(value, max) && (value == null || isLatinKeyboardText(value));
        }

        /**
         * Every character printable ASCII, a Latin letter of Vietnamese's blocks (Latin-1 to Latin Extended-B, Latin
         * Extended Additional), a combining mark (a number typed with its marks decomposed), a space of any kind or an
         * invisible formatting character (both kept as {@link VietnameseText#visible} keeps them).
         */
        static boolean isLatinKeyboardText(String value) {
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                boolean keyboard = c >= 0x20 && c < 0x7F;
                boolean latinLetter = Character.isLetter(c) && (c >= 0xC0 && c <= 0x24F || c >= 0x1E00 && c <= 0x1EFF);
                boolean mark = c >= 0x300 && c <= 0x36F;
                int type = Character.getType(c);
                boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || type == Character.FORMAT;
                if (!(keyboard || latinLetter || mark || blank)) {
                    return false;
                }
            }
            return true;
        }
    }
}
