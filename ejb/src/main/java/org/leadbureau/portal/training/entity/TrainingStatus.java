package org.leadbureau.portal.training.entity;

/** A training is prepared as a draft, published for registration, and possibly cancelled. */
public enum TrainingStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    CANCELLED("Cancelled");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
