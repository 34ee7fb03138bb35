package org.leadbureau.portal.sites.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.entity.Site;
import org.omnifaces.cdi.Param;

/** {@code /sites/<slug>}: one site of the directory. Read-only, so request-scoped. */
@Named
@RequestScoped
public class SiteView {

    @Inject
    Sites sites;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private Site site;
    private List<Site> neighbours;
    private boolean verificationOverdue;

    public void load() {
        if (slug == null) {
            return;
        }
        site = extraSegment == null ? sites.find(slug).orElse(null) : null;
        if (site == null) {
            Pages.notFound();
            return;
        }
        neighbours = sites.neighbours(site);
        verificationOverdue = site.isVerificationOverdue(sites.today());
    }

    /** The slug in the URL, or null on {@code /sites} itself. */
    public String getSlug() {
        return slug;
    }

    public Site getSite() {
        return site;
    }

    public List<Site> getNeighbours() {
        return neighbours;
    }

    /** "Mountain Time (America/Denver)", "Hora de las Montañas (America/Denver)": the zone in the reader's words. */
    public String getTimeZoneName() {
        return EventTimes.zoneName(ZoneId.of(site.getTimeZone()), Texts.language());
    }

    public boolean isVerificationOverdue() {
        return verificationOverdue;
    }
}
