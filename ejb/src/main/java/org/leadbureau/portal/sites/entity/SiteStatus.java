package org.leadbureau.portal.sites.entity;

/** Where a community stands with LEAD. */
public enum SiteStatus {
    EXPLORING("Exploring", "A community is considering LEAD."),
    PLANNING("Planning", "Partners are designing their LEAD program."),
    LAUNCHING("Launching", "The program is starting to take referrals."),
    OPERATIONAL("Operational", "The program runs and takes referrals."),
    PAUSED("Paused", "The program has stopped for now."),
    ENDED("Ended", "The program has ended.");

    private final String label;
    private final String description;

    SiteStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    /** The status named by {@code code} (case-insensitive), or null when there is none. */
    public static SiteStatus fromCode(String code) {
        for (SiteStatus status : values()) {
            if (status.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return status;
            }
        }
        return null;
    }
}
