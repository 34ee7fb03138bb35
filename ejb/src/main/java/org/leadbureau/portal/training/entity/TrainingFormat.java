package org.leadbureau.portal.training.entity;

/** How people take part. */
public enum TrainingFormat {
    VIRTUAL("Virtual"),
    IN_PERSON("In person"),
    HYBRID("Hybrid");

    private final String label;

    TrainingFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean hasVenue() {
        return this != VIRTUAL;
    }

    public boolean hasJoinLink() {
        return this != IN_PERSON;
    }
}
