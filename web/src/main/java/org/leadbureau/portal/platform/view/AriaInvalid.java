package org.leadbureau.portal.platform.view;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Plain Faces inputs (native menus, check boxes, radio buttons) say that they were refused, as PrimeFaces inputs do
 * by themselves: aria-invalid follows the input's validity (WCAG 3.3.1). The p:message next to an input names its
 * text in the input's aria-describedby (PrimeFaces does that for any input).
 */
public class AriaInvalid implements SystemEventListener {

    private static final String WHILE_INVALID = "#{component.valid ? 'false' : 'true'}";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput input && input.getRendererType() != null
                && !input.getRendererType().startsWith("org.primefaces");
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = event.getFacesContext();
        ((UIInput) event.getSource()).getPassThroughAttributes().putIfAbsent("aria-invalid", context.getApplication()
                .getExpressionFactory().createValueExpression(context.getELContext(), WHILE_INVALID, String.class));
    }
}
