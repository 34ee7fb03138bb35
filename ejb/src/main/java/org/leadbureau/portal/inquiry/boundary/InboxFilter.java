package org.leadbureau.portal.inquiry.boundary;

import org.leadbureau.portal.inquiry.entity.InquiryStatus;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * What the staff inbox is filtered by; any part may be null.
 *
 * @param assignee     a staff member's email, or {@link #UNASSIGNED}
 * @param olderThanDays only inquiries that arrived at least this many days ago
 */
public record InboxFilter(InquiryStatus status, String assignee, UsState state, Stage stage, Interest interest,
                          Integer olderThanDays) {

    public static final String UNASSIGNED = "none";

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null);
    }

    InboxFilter withoutStatus() {
        return withStatus(null);
    }

    InboxFilter withStatus(InquiryStatus chosen) {
        return new InboxFilter(chosen, assignee, state, stage, interest, olderThanDays);
    }

    InboxFilter assignedTo(String email) {
        return new InboxFilter(status, email, state, stage, interest, olderThanDays);
    }
}
