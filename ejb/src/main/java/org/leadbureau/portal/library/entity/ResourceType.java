package org.leadbureau.portal.library.entity;

/** What kind of document a library resource is; shown to readers as {@link #label()}. */
public enum ResourceType {
    GUIDE("Guide"),
    TOOLKIT("Toolkit"),
    REPORT("Report"),
    EVALUATION("Evaluation"),
    POLICY_TEMPLATE("Policy template"),
    PRESENTATION("Presentation"),
    FAQ("FAQ"),
    GLOSSARY("Glossary"),
    LINK("Link");

    private final String label;

    ResourceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
