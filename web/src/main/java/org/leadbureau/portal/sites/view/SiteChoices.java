package org.leadbureau.portal.sites.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

/** The options of the directory's select menus, for the public filters and the staff forms alike. */
@Named
@ApplicationScoped
public class SiteChoices {

    private static final List<UsState> STATES = UsState.byName();
    private static final List<SiteStatus> STATUSES = List.of(SiteStatus.values());

    /** States and territories by name. */
    public List<UsState> getStates() {
        return STATES;
    }

    public List<SiteStatus> getStatuses() {
        return STATUSES;
    }
}
