package org.leadbureau.portal.platform.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import java.util.Locale;

/**
 * Faces speaks the visitor's language (texts of the {@code msg} bundle, formats, the components' own messages),
 * and every page it renders says that it varies with what the language is chosen by, so that no cache hands a
 * Spanish page to an English reader.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    static final String VARY = "Accept-Language, Cookie";

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageFilter.of((ServletRequest) context.getExternalContext().getRequest()).locale();
    }

    @Override
    public void renderView(FacesContext context, UIViewRoot view) throws IOException {
        context.getExternalContext().addResponseHeader("Vary", VARY);
        super.renderView(context, view);
    }
}
