package org.leadbureau.portal.platform.view;

import jakarta.el.ELContext;
import jakarta.el.ValueExpression;
import jakarta.el.ValueReference;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadbureau.portal.platform.rules.Violations;
import org.omnifaces.util.Components;

/**
 * A form's own rules (the end after the start, a venue for an in-person training) checked in the same round as its
 * fields. Faces skips the action as soon as one field is refused, so the boundary, which checks these rules, would
 * only be reached in a later round: a person would correct the fields and only then learn that the end is before
 * the start. When a field was refused, this checks a copy of the form filled with the values that were accepted
 * (refused ones left empty, so no rule is judged on a value the person did not give) and shows what the rules say,
 * next to the input each rule names. Put it on a form as
 * {@code <f:event type="postValidate" listener="#{wholeForm.check(someView.form)}"/>}. A form whose fields are
 * checked by its boundary rather than by Bean Validation says what is wrong through {@link Rules}.
 */
@Named
@RequestScoped
public class WholeForm {

    /** A form checked as a whole by its boundary's own rules: what is wrong, by field name. */
    public interface Rules {
        Map<String, String> problems();
    }

    @Inject
    Validator validator;

    public void check(Serializable bean) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIForm form = Components.getCurrentForm();
        if (!context.isValidationFailed() || form == null || bean == null) {
            return;
        }
        ELContext el = context.getELContext();
        Serializable copy = copyOf(bean);
        Set<String> fields = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (UIInput input : Components.findComponentsInChildren(form, UIInput.class)) {
            ValueExpression expression = input.getValueExpression("value");
            ValueReference reference = expression == null ? null : expression.getValueReference(el);
            if (reference == null || reference.getBase() != bean) {
                continue;
            }
            String property = String.valueOf(reference.getProperty());
            fields.add(property);
            if (input.isValid() && input.isLocalValueSet()) {
                set(el, copy, property, input.getLocalValue());
            } else if (!input.isValid()) {
                set(el, copy, property, null);
                refused.add(normal(property));
            }
        }
        for (ConstraintViolation<Serializable> violation : validator.validate(copy)) {
            String field = Violations.field(violation);
            // A field's own constraints were checked by Faces already, next to it.
            if (!fields.contains(field)) {
                Refusals.showAt(field, violation.getMessage());
            }
        }
        if (copy instanceof Rules rules) {
            // These fields have no constraints of their own: all but the ones Faces refused are news.
            rules.problems().forEach((field, problem) -> {
                if (!refused.contains(normal(field))) {
                    Refusals.showAt(field, problem);
                }
            });
        }
    }

    /** A property ({@code sourceUrl}) and a boundary's field name ({@code source_url}) alike. */
    private static String normal(String field) {
        return field.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static void set(ELContext el, Object copy, String property, Object value) {
        try {
            el.getELResolver().setValue(el, copy, property, value);
        } catch (RuntimeException primitive) {
            // A number or flag cannot be emptied; its old value stays, which is what the rules see.
        }
    }

    private static Serializable copyOf(Serializable bean) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(bean);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (Serializable) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
