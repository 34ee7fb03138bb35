package org.leadbureau.portal.sites.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.sites.boundary.SiteChoice;
import org.leadbureau.portal.sites.boundary.Sites;

/**
 * A type-ahead choice of one site of the directory ({@code p:autoComplete} with {@code converter="#{siteChooser}"}
 * and {@code completeMethod="#{siteChooser.complete}"}): it suggests a few matching sites as people type, never the
 * whole directory, and the form carries the chosen site's slug.
 */
@Named
@ApplicationScoped
public class SiteChooser implements Converter<SiteChoice> {

    /** Enough to find one's site by a few letters of its name, few enough to read. */
    static final int SUGGESTIONS = 12;

    @Inject
    Sites sites;

    public List<SiteChoice> complete(String text) {
        return sites.choices(text, SUGGESTIONS);
    }

    @Override
    public SiteChoice getAsObject(FacesContext context, UIComponent component, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return sites.find(slug.strip()).map(SiteChoice::of).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("siteChooser.notInList"), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SiteChoice choice) {
        return choice == null ? "" : choice.slug();
    }
}
