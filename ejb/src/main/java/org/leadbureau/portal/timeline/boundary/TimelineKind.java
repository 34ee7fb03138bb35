package org.leadbureau.portal.timeline.boundary;

/** What an entry of a site's timeline records, in the order the filter offers them. */
public enum TimelineKind {
    INQUIRY("Inquiries"),
    VISIT("Site visits"),
    TRAINING("Trainings"),
    EVALUATION("Evaluations");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The kind named by {@code code} (case-insensitive), or null for none or an unknown one. */
    public static TimelineKind fromCode(String code) {
        for (TimelineKind kind : values()) {
            if (kind.name().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return kind;
            }
        }
        return null;
    }
}
