package org.leadbureau.portal.mail.entity;

/** Where a message is on its way out. */
public enum MailStatus {
    /** Waiting for its (next) delivery attempt. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last attempt; kept for ADMIN to read. */
    FAILED
}
