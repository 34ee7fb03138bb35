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
import java.util.regex.Pattern;

/**
 * The one rule for an email address everywhere (registrations, inquiries, staff accounts, mail): something before
 * a single @, and a domain with a dot and no empty part, no spaces. Deliberately loose beyond that, since the mail
 * itself proves the rest; Bean Validation's {@code @Email} also takes {@code pat@example}, which no mail reaches.
 * Null is fine (other constraints require a value).
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface EmailAddress {

    String MESSAGE = "Please enter a valid email address, like name@example.org.";

    /** {@link #MESSAGE} in the reader's language (ValidationMessages*.properties). */
    String message() default "{org.leadbureau.portal.platform.rules.EmailAddress.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for the forms and entities that check their fields by hand. */
    class Validator implements ConstraintValidator<EmailAddress, String> {

        private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

        public static boolean isEmailAddress(String value) {
            return value == null || ADDRESS.matcher(value).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isEmailAddress(value);
        }
    }
}
