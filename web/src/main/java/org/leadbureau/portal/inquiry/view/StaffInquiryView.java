package org.leadbureau.portal.inquiry.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.leadbureau.portal.inquiry.boundary.InquiryTriage;
import org.leadbureau.portal.inquiry.boundary.StaffMember;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.inquiry.entity.InquiryStatus;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.visits.boundary.SiteVisits;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.platform.time.EventTimes;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /staff/inquiries/<reference>}: one inquiry, its timeline, and what staff do with it: change its status,
 * note, assign, reply by email, mark as spam, put it in the directory.
 */
@Named
@ViewScoped
public class StaffInquiryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryTriage triage;

    @Inject
    SiteVisits siteVisits;

    @Inject
    @Param(pathIndex = 0)
    String reference;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private Inquiry inquiry;
    private transient List<SiteVisit> visits;
    private String newStatus;
    private String note;
    private String assignee;
    private String replySubject;
    private String replyText;

    public void load() {
        if (reference == null || inquiry != null) {
            return;
        }
        if (extraSegment != null) {
            Pages.notFound();
            return;
        }
        inquiry = triage.find(reference).orElse(null);
        if (inquiry == null) {
            Pages.notFound();
            return;
        }
        assignee = inquiry.getAssignee();
    }

    public void changeStatus() {
        if (newStatus == null) {
            Messages.addError("statusForm:status", "Please choose a status.");
            return;
        }
        InquiryStatus status = InquiryStatus.valueOf(newStatus);
        act(() -> triage.changeStatus(reference, status), "Status changed to " + status.getLabel() + ".");
    }

    public void addNote() {
        if (act(() -> triage.addNote(reference, note), "Note added.")) {
            note = null;
        }
    }

    public void assign() {
        act(() -> triage.assign(reference, assignee), "Assigned to " + assignee + ", who has been emailed.");
    }

    public void reply() {
        if (act(() -> triage.reply(reference, replySubject, replyText), "Reply queued for sending to "
                + inquiry.getEmail() + ".")) {
            replySubject = null;
            replyText = null;
        }
    }

    public void release() {
        act(() -> triage.release(reference), "Released: the inquirer's confirmation and the staff notices are on their way.");
    }

    public void markSpam() {
        newStatus = InquiryStatus.SPAM.name();
        changeStatus();
    }

    public void linkToSite() {
        Refusals.attempt(() -> Messages.addGlobalInfo("Linked to the directory entry '"
                + triage.linkToSite(reference).getName() + "'."));
        reload();
    }

    /** @return whether the boundary accepted it */
    private boolean act(Runnable action, String done) {
        boolean accepted = Refusals.attempt(action);
        if (accepted) {
            Messages.addGlobalInfo(done);
        }
        reload();
        return accepted;
    }

    private void reload() {
        inquiry = triage.find(reference).orElse(null);
        visits = null;
    }

    public boolean isDetail() {
        return reference != null;
    }

    public boolean isCanChange() {
        return Faces.isUserInRole("STAFF") || Faces.isUserInRole("ADMIN");
    }

    /** The site visits booked in answer to this inquiry. */
    public List<SiteVisit> getVisits() {
        if (visits == null) {
            visits = siteVisits.forInquiry(inquiry.getReference());
        }
        return visits;
    }

    /** A visit's dates in words in the site's zone, e.g. "Monday, March 15, 2027, 9:00 AM CDT – …". */
    public String visitDates(SiteVisit visit) {
        return EventTimes.range(visit.getStartsAt(), visit.getEndsAt(), visit.getZone());
    }

    public Inquiry getInquiry() {
        return inquiry;
    }

    public String getReference() {
        return reference;
    }

    public String getTimeToFirstResponse() {
        return inquiry == null || inquiry.getTimeToFirstResponse() == null ? null
                : Ages.describe(inquiry.getTimeToFirstResponse());
    }

    public List<StaffMember> getAssignable() {
        return isCanChange() ? triage.assignable() : List.of();
    }

    /** The statuses staff may choose; suspected spam is only ever the guards' verdict. */
    public List<InquiryStatus> getStatuses() {
        return Arrays.stream(InquiryStatus.values()).filter(status -> status != InquiryStatus.SUSPECTED).toList();
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getReplySubject() {
        return replySubject;
    }

    public void setReplySubject(String replySubject) {
        this.replySubject = replySubject;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }
}
