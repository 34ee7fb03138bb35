package org.leadbureau.portal.inquiry.entity;

/** What the inquirer would like from the Bureau. */
public enum Interest {
    TRAINING("Training"),
    SITE_VISIT("A site visit"),
    PRESENTATION("A presentation"),
    TECHNICAL_ASSISTANCE("Technical assistance"),
    DOCUMENTS("Documents and templates"),
    OTHER("Something else");

    private final String label;

    Interest(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
