package org.leadbureau.portal.inquiry.entity;

import org.leadbureau.portal.sites.entity.SiteStatus;

/** How far the inquirer's community is with LEAD. */
public enum Stage {
    EXPLORING("Exploring whether LEAD fits us", SiteStatus.EXPLORING),
    PLANNING("Planning a LEAD program", SiteStatus.PLANNING),
    LAUNCHING("Launching a LEAD program", SiteStatus.LAUNCHING),
    OPERATIONAL("Running a LEAD program", SiteStatus.OPERATIONAL),
    // An existing program that wants to get better is, as a directory entry, an operational site.
    IMPROVING("Improving an existing LEAD program", SiteStatus.OPERATIONAL);

    private final String label;
    private final SiteStatus siteStatus;

    Stage(String label, SiteStatus siteStatus) {
        this.label = label;
        this.siteStatus = siteStatus;
    }

    public String getLabel() {
        return label;
    }

    /** The directory status a site gets when an inquiry at this stage becomes one. */
    public SiteStatus getSiteStatus() {
        return siteStatus;
    }
}
