package vn.gov.moj.thads.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of a decision, judgment or receipt, or a court's code, as typed or pasted: something visible, and no
 * control characters (a tab or line break is a space). What else makes two numbers look alike is taken out when it is
 * read ({@link VietnameseText#documentNumber}).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[\\P{Cc}\\t\\n\\r]*[\\p{L}\\p{N}\\p{P}\\p{S}][\\P{Cc}\\t\\n\\r]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DocumentNumber {

    String message() default "must hold a letter, digit or sign, and no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
