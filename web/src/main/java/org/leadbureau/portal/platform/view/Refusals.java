package org.leadbureau.portal.platform.view;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.ForbiddenException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;
import org.leadbureau.portal.platform.rules.Violations;
import org.leadbureau.portal.platform.rules.WordedException;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * How every page shows a boundary's refusal: the platform's refusals and Bean Validation's violations alike. A
 * message about a field goes next to the input of the submitted form whose id is the field's name (a name with
 * underscores, as the CSV columns have, finds the camel-case id: {@code source_url}, {@code sourceUrl}); a
 * form-level rule named after its input and what it checks ({@code endAfterStart}, {@code zoneKnown}) goes next to
 * that input ({@code end}, {@code zone}); anything else goes at the top of the page.
 */
public final class Refusals {

    /** The request attribute that holds a conflict shown, for a link to what it clashes with. */
    public static final String REFUSAL = "refusal";

    private Refusals() {
    }

    /** Runs a call that changes data; answers whether it went through, showing its refusal when it did not. */
    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuntimeException refusal) {
            show(refusal);
            return false;
        }
    }

    /**
     * Shows a refusal, in the page's language where it has words in it, and marks the request as failed; anything
     * that is not a refusal is thrown on.
     */
    public static void show(RuntimeException failure) {
        Language language = LanguageFilter.of(Faces.getRequest());
        if (failure instanceof InvalidInputException invalid) {
            if (invalid.getFieldErrors().isEmpty()) {
                Messages.addGlobalError(invalid.getMessage(language));
            }
            invalid.getFieldErrors(language).forEach(Refusals::showAt);
        } else if (failure instanceof ConstraintViolationException violations) {
            violations.getConstraintViolations().forEach(violation -> showAt(Violations.field(violation),
                    Violations.message(violation, language)));
        } else if (failure instanceof ConflictException conflict) {
            // Pages say it in words; the page of what it clashes with is linked by pages that show "refusal.seeAlso".
            Messages.addGlobalError(conflict.getInWords(language));
            Faces.setRequestAttribute(REFUSAL, conflict);
        } else if (failure instanceof RefusedException || failure instanceof NotFoundException
                || failure instanceof TooManyRequestsException) {
            Messages.addGlobalError(((WordedException) failure).getMessage(language));
        } else if (failure instanceof ForbiddenException) {
            Messages.addGlobalError(failure.getMessage());
        } else if (failure instanceof EJBAccessException) {
            Messages.addGlobalError("Your role does not allow this.");
        } else if (failure instanceof EJBException wrapped && wrapped.getCause() instanceof RuntimeException cause) {
            // The container wraps some exceptions (Bean Validation's among them): the cause decides.
            show(cause);
            return;
        } else {
            throw failure;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Shows a message next to the input named {@code field} in the submitted form (a nested name such as
     * {@code answers.12} names the input {@code answers12}), or at the top of the page.
     */
    static void showAt(String field, String message) {
        input(field).ifPresentOrElse(input -> {
            Messages.addError(input.getClientId(), message);
            // As a converter's refusal does: the input then renders aria-invalid (and PrimeFaces' error style).
            input.setValid(false);
        }, () -> Messages.addGlobalError(message));
    }

    /** The submitted form's input named {@code field}, or named by the start of a form-level rule's name. */
    private static Optional<UIInput> input(String field) {
        UIForm form = Components.getCurrentForm();
        if (form == null || field == null || field.isEmpty()) {
            return Optional.empty();
        }
        UIInput best = null;
        for (UIInput input : Components.findComponentsInChildren(form, UIInput.class)) {
            String id = input.getId();
            boolean names = id.equalsIgnoreCase(field.replace("_", "").replace(".", ""))
                    || (field.startsWith(id) && field.length() > id.length() && Character.isUpperCase(field.charAt(id.length())));
            if (names && !insideTable(input, form) && (best == null || id.length() > best.getId().length())) {
                best = input;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Inputs repeated in table rows have no single client id to put a message at. */
    private static boolean insideTable(UIComponent input, UIForm form) {
        for (UIComponent parent = input.getParent(); parent != null && parent != form; parent = parent.getParent()) {
            if (parent instanceof UIData) {
                return true;
            }
        }
        return false;
    }
}
