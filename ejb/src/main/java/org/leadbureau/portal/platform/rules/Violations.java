package org.leadbureau.portal.platform.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** How a Bean Validation violation names its field, for the API's problem bodies and the pages alike. */
public final class Violations {

    private Violations() {
    }

    /** The last name in the path: "register.form.email" → "email"; a form-level rule is named by its property. */
    public static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
