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
 * A single-line text (a name, title, organisation, …): no control characters such as CR, LF, TAB or NUL, and no
 * Unicode line or paragraph separators. Such text ends up in mail headers, iCalendar lines and CSV cells, where a
 * line break would start a line of the sender's choosing. Null is fine (other constraints require a value).
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

    String MESSAGE = "Please write this on one line, without line breaks, tabs or other control characters.";

    /** {@link #MESSAGE} in the reader's language (ValidationMessages*.properties). */
    String message() default "{org.leadbureau.portal.platform.rules.SingleLine.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for the forms that check their fields by hand. */
    class Validator implements ConstraintValidator<SingleLine, String> {

        public static boolean isSingleLine(String value) {
            return value == null || value.chars().noneMatch(c -> Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isSingleLine(value);
        }
    }
}
