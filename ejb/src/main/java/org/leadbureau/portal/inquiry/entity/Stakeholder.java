package org.leadbureau.portal.inquiry.entity;

/** Partners already at the table in the inquirer's community, in the words the form shows. */
public enum Stakeholder {
    POLICE("Police or sheriff"),
    PROSECUTOR("Prosecutor"),
    PUBLIC_DEFENDER("Public defender"),
    CASE_MANAGEMENT("Case management provider"),
    BEHAVIORAL_HEALTH("Behavioral health provider"),
    ELECTED_OFFICIALS("Elected officials"),
    COMMUNITY_BUSINESS("Community and business groups"),
    LIVED_EXPERIENCE("People with lived experience");

    private final String label;

    Stakeholder(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
