package org.leadbureau.portal.platform.calendar;

/** How a calendar is meant to be used (iTIP method, RFC 5546). */
public enum CalendarMethod {
    PUBLISH, REQUEST, CANCEL;

    public static final String MEDIA_TYPE = "text/calendar";

    /** The MIME type of an attachment of this method, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}. */
    public String contentType() {
        return MEDIA_TYPE + "; charset=UTF-8; method=" + name();
    }

    /** The file name mail attachments of this method carry. */
    public String fileName() {
        return this == CANCEL ? "cancel.ics" : "invite.ics";
    }
}
