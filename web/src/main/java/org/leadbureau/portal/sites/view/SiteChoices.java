package org.leadbureau.portal.sites.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.sites.entity.LaunchDate;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * The options of the directory's select menus, for the public filters and the staff forms alike, and its one way of
 * writing a day ("15 Mar 2026", as launch dates read).
 */
@Named
@ApplicationScoped
public class SiteChoices {

    private static final List<UsState> STATES = UsState.byName();
    private static final List<SiteStatus> STATUSES = List.of(SiteStatus.values());

    /** States and territories by name (staff forms, in English). */
    public List<UsState> getStates() {
        return STATES;
    }

    /** States and territories by their names in {@code language}, for a public page. */
    public List<UsState> statesIn(Language language) {
        return UsState.byName(language);
    }

    public List<SiteStatus> getStatuses() {
        return STATUSES;
    }

    /** "15 Mar 2026"; nothing for no day. */
    public String day(LocalDate day) {
        return day(day, Locale.US);
    }

    /** "15 Mar 2026", "15 mar. 2026": a day for a reader of {@code locale}. */
    public String day(LocalDate day, Locale locale) {
        return day == null ? "" : LaunchDate.of(day, LaunchDate.Precision.DAY).display(locale);
    }
}
