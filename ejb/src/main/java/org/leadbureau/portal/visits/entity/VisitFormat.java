package org.leadbureau.portal.visits.entity;

/** Whether the trainers travel to the site or meet its people online. */
public enum VisitFormat {
    ON_SITE("On site"), VIRTUAL("Virtual");

    private final String label;

    VisitFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
