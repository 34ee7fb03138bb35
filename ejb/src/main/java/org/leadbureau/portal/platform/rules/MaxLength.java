package org.leadbureau.portal.platform.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text of at most {@link #value()} characters as people count them: Unicode code points, so an emoji or a rare
 * Chinese character is one ({@code @Size} counts UTF-16 units, where they are two). Null is fine (other constraints
 * require a value). Instead of {@code @Size} on every text the portal takes in.
 */
@Documented
@Constraint(validatedBy = MaxLength.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxLength {

    int value();

    /** "Please keep this under {value} characters." in the reader's language (ValidationMessages*.properties). */
    String message() default "{org.leadbureau.portal.platform.rules.MaxLength.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxLength, CharSequence> {

        private int max;

        @Override
        public void initialize(MaxLength constraint) {
            max = constraint.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return !TextLength.exceeds(value, max);
        }
    }
}
