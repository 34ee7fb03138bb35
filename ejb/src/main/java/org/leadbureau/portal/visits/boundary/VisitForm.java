package org.leadbureau.portal.visits.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitDetails;
import org.leadbureau.portal.visits.entity.VisitFormat;

/**
 * A visit as staff enter it (page or {@code /api/staff/visits}): {@code site} is the site's slug, {@code start} and
 * {@code end} local date-times in the site's zone ("2027-03-15T09:00"), {@code trainers} the trainers' emails.
 * {@code reason} is needed to change a confirmed visit.
 */
public class VisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Please choose the site.")
    @SingleLine
    private String site;

    @NotBlank(message = "Please give the purpose of the visit.")
    @MaxLength(value = 200, message = "Please keep the purpose under 200 characters.")
    @SingleLine
    private String purpose;

    @MaxLength(value = 500, message = "Please keep the topics under 500 characters.")
    @SingleLine
    private String topics;

    @NotNull(message = "Please choose on site or virtual.")
    private VisitFormat format;

    @NotNull(message = "Please give the start (date and time).")
    private LocalDateTime start;

    @NotNull(message = "Please give the end (date and time).")
    private LocalDateTime end;

    @NotEmpty(message = "Please choose at least one trainer.")
    private List<@NotBlank @SingleLine String> trainers = new ArrayList<>();

    @NotBlank(message = "Please give the name of the site's contact person.")
    @MaxLength(value = 200, message = "Please keep the contact's name under 200 characters.")
    @SingleLine
    private String contactName;

    @NotBlank(message = "Please give the contact's email address.")
    @EmailAddress(message = "Please give a valid email address for the contact.")
    @MaxLength(value = 320, message = "Please keep the contact's email under 320 characters.")
    @SingleLine
    private String contactEmail;

    @MaxLength(value = 20000, message = "Please keep the agenda under 20,000 characters.")
    private String agenda;

    @MaxLength(value = 1000, message = "Please keep the reason under 1000 characters.")
    private String reason;

    /** The reference of the contact-us inquiry the visit answers ("LEAD-2026-00042"), optional; kept when booked. */
    @MaxLength(value = 20, message = "An inquiry reference looks like LEAD-2026-00042.")
    @SingleLine
    private String inquiry;

    @AssertTrue(message = "The end must be after the start.")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    @AssertTrue(message = "A visit lasts at most 60 days.")
    public boolean isNotTooLong() {
        return start == null || end == null || !end.isAfter(start.plusDays(60));
    }

    VisitDetails details(ZoneId zone) {
        return new VisitDetails(purpose, topics, format, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(),
                zone, contactName, contactEmail, agenda);
    }

    /** Booking from an inquiry's page: the form starts with what the inquiry told us. */
    public void answer(Inquiry inquiry) {
        this.inquiry = inquiry.getReference();
        purpose = "Site visit asked for in " + inquiry.getReference();
        contactName = inquiry.getName();
        contactEmail = inquiry.getEmail();
        if (inquiry.getSite() != null) {
            site = inquiry.getSite().getSlug();
        }
    }

    /** A form filled with a visit's current details, for changing it. */
    public static VisitForm of(SiteVisit visit) {
        var form = new VisitForm();
        ZoneId zone = visit.getZone();
        form.site = visit.getSite().getSlug();
        form.purpose = visit.getPurpose();
        form.topics = visit.getTopics();
        form.format = visit.getFormat();
        form.start = LocalDateTime.ofInstant(visit.getStartsAt(), zone);
        form.end = LocalDateTime.ofInstant(visit.getEndsAt(), zone);
        form.trainers = new ArrayList<>(visit.getTrainerEmails());
        form.contactName = visit.getContactName();
        form.contactEmail = visit.getContactEmail();
        form.agenda = visit.getAgenda();
        return form;
    }

    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public VisitFormat getFormat() { return format; }
    public void setFormat(VisitFormat format) { this.format = format; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public List<String> getTrainers() { return trainers; }
    public void setTrainers(List<String> trainers) { this.trainers = trainers == null ? new ArrayList<>() : new ArrayList<>(trainers); }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getInquiry() { return inquiry; }
    public void setInquiry(String inquiry) { this.inquiry = inquiry; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
