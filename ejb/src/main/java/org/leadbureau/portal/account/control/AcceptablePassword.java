package org.leadbureau.portal.account.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A password that {@link PasswordPolicy} accepts, as a constraint, so that it is reported in the same round as
 * the other fields of a form. Null or empty is fine (an invitation instead; other constraints require a value).
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface AcceptablePassword {

    String message() default "Choose another password.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            if (password == null || password.isEmpty()) {
                return true;
            }
            return PasswordPolicy.problemWith(password).map(problem -> {
                context.disableDefaultConstraintViolation();
                // The policy's own words; none of them holds an expression.
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
