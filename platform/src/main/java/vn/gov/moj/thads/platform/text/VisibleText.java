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
 * A text as typed or pasted that is kept and shown as it is seen: the number of a decision, judgment or receipt, a
 * court's code, a person's or a court's name. Something visible, no control characters but line breaks and tabs (an
 * escape sequence, a bell, a backspace reached the public debtor list), and at most {@link #max} characters once read as
 * it is kept ({@link VietnameseText#visible}: composing can lengthen a text, past its column). Checked in one pass: a
 * regular expression for it took seconds on a long value (the body limit is 10 MB).
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
            return isVisibleText(value, max);
        }

        /**
         * Null or blank (left to {@code @NotBlank}: an optional text sent blank means none), or something visible without
         * control characters other than line breaks and tabs (a soft line break pasted from a word processor, U+000B, is one),
         * at most {@code max} as kept.
         */
        static boolean isVisibleText(String value, int max) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (value.length() > 4 * max) {
                return false; // no reading of a text that cannot fit, whatever it composes to
            }
            boolean visible = false;
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                if (Character.getType(c) == Character.CONTROL && !isLineBreakOrTab(c)) {
                    return false;
                }
                visible |= (Character.isLetterOrDigit(c) || isPunctuationOrSymbol(Character.getType(c))) && !isDrawnBlank(c);
            }
            return visible && VietnameseText.visible(value).length() <= max;
        }

        /**
         * Letters and signs drawn as nothing: the Hangul fillers and the blank Braille pattern. One of them as an obligation
         * put a person who owed nothing on the public debtor list (review of session 26).
         */
        private static boolean isDrawnBlank(int c) {
            return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
        }

        /** What {@link VietnameseText#visible} keeps as a space. */
        private static boolean isLineBreakOrTab(int c) {
            return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85;
        }

        private static boolean isPunctuationOrSymbol(int type) {
            return switch (type) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                     Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                     Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                     Character.OTHER_SYMBOL -> true;
                default -> false;
            };
        }
    }
}
