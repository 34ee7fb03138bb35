package org.leadbureau.portal.platform.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Map;
import java.util.ResourceBundle;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.BundleTexts;

/** How a Bean Validation violation names its field, for the API's problem bodies and the pages alike. */
public final class Violations {

    /** Bean Validation's own name for the bundle of messages. */
    private static final String VALIDATION_MESSAGES = "ValidationMessages";

    private Violations() {
    }

    /**
     * The violation's message in {@code language}: a template that is one key of ValidationMessages*.properties
     * ({@code {registration.name.required}}), with the constraint's attributes filled in ({@code {value}}). Any other
     * message (Bean Validation's own, the staff forms' English) as the validator wrote it.
     */
    public static String message(ConstraintViolation<?> violation, Language language) {
        String template = violation.getMessageTemplate();
        ResourceBundle bundle = BundleTexts.bundle(VALIDATION_MESSAGES, language);
        String key = template.length() > 2 ? template.substring(1, template.length() - 1) : "";
        if (!template.startsWith("{") || !template.endsWith("}") || !bundle.containsKey(key)) {
            return violation.getMessage();
        }
        String message = bundle.getString(key);
        for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
            message = message.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return message;
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
