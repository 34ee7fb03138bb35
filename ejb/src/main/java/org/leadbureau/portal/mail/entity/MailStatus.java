package org.leadbureau.portal.mail.entity;

/** Where a message is on its way out. */
public enum MailStatus {
    /** Waiting for its (next) delivery attempt. */
    QUEUED("Waiting"),
    /** Accepted by the SMTP server. */
    SENT("Sent"),
    /** Given up after the last attempt; kept for ADMIN to read. */
    FAILED("Given up");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    /** The status in words, as the outbox page shows it. */
    public String getLabel() {
        return label;
    }
}
