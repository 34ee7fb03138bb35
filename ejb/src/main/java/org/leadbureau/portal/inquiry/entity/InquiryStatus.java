package org.leadbureau.portal.inquiry.entity;

/**
 * Where an inquiry stands in triage: NEW → TRIAGED → IN_PROGRESS → RESPONDED → CLOSED, or SPAM. A post the contact
 * form's guards suspect is kept as SUSPECTED, out of the inbox and unmailed, until staff release it (→ NEW) or
 * mark it as spam.
 */
public enum InquiryStatus {
    NEW("New"),
    TRIAGED("Triaged"),
    IN_PROGRESS("In progress"),
    RESPONDED("Responded"),
    CLOSED("Closed"),
    SPAM("Spam"),
    SUSPECTED("Suspected spam");

    private final String label;

    InquiryStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Still waiting for the Bureau's first answer, as far as the inbox's age column is concerned. */
    public boolean isOpen() {
        return this == NEW || this == TRIAGED || this == IN_PROGRESS;
    }
}
