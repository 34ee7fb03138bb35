package org.leadbureau.portal.visits.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.platform.persistence.Columns;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.sites.entity.Site;

/**
 * A visit of one or more trainers to a site: times are instants shown in the site's zone, kept with the visit.
 * Every change raises {@link #getSequence()}, the iCalendar SEQUENCE, under the visit's stable UID. Whatever happens
 * to it goes on its history.
 */
@Entity
@Table(name = "site_visit")
@NamedQuery(name = SiteVisit.FIND_BLOCKING_FOR_TRAINER, query = "select v from SiteVisit v join v.trainers t"
        + " where t.id = :trainer and v.status in :statuses and v.startsAt < :to and v.endsAt > :from and v.id <> :self")
@NamedQuery(name = SiteVisit.FIND_FOR_TRAINER, query = "select distinct v from SiteVisit v join fetch v.site"
        + " left join fetch v.inquiry left join fetch v.trainers"
        + " where exists (select t.id from SiteVisit w join w.trainers t where w = v and t.id = :trainer)"
        + " and (v.status <> :cancelled or v.updatedAt >= :cancelledSince) and v.endsAt > :since order by v.startsAt")
@NamedQuery(name = SiteVisit.FIND_FOR_INQUIRY, query = "select v from SiteVisit v where v.inquiry.reference = :reference"
        + " order by v.startsAt, v.id")
public class SiteVisit {

    public static final String FIND_BLOCKING_FOR_TRAINER = "SiteVisit.findBlockingForTrainer";
    public static final String FIND_FOR_INQUIRY = "SiteVisit.findForInquiry";
    public static final String FIND_FOR_TRAINER = "SiteVisit.findForTrainer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ical_uid", nullable = false, unique = true, length = 100)
    private String icalUid;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "site_id", nullable = false)
    private Site site;

    /** The contact-us inquiry this visit answers, if any. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "inquiry_id")
    private Inquiry inquiry;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(nullable = false, length = 500)
    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VisitFormat format;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 320)
    private String contactEmail;

    @Lob
    @Column(length = Columns.LONG_TEXT)
    private String agenda;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VisitStatus status;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Lob
    @Column(name = "report_summary", length = Columns.LONG_TEXT)
    private String reportSummary;

    @Lob
    @Column(name = "report_recommendations", length = Columns.LONG_TEXT)
    private String reportRecommendations;

    @Lob
    @Column(name = "report_follow_ups", length = Columns.LONG_TEXT)
    private String reportFollowUps;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "site_visit_trainer", joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "trainer_id"))
    private Set<StaffUser> trainers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<SiteVisitHistory> history = new ArrayList<>();

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SiteVisit() {
        // for JPA
    }

    /** A new visit starts as requested. */
    public SiteVisit(Site site, VisitDetails details, Collection<StaffUser> trainers, String actor, Instant now) {
        this.icalUid = UUID.randomUUID() + "@visits.leadbureau.org";
        this.site = Objects.requireNonNull(site, "site");
        this.status = VisitStatus.REQUESTED;
        this.createdAt = Objects.requireNonNull(now, "now");
        apply(details, trainers, now);
        record(actor, "Requested", describe(), now);
    }

    /**
     * Changes what, when, where or who; a confirmed visit only with a reason, which goes on the history. Returns the
     * trainers who are no longer on the visit.
     */
    public Set<StaffUser> change(Site newSite, VisitDetails details, Collection<StaffUser> newTrainers, String reason,
                                 String actor, Instant now) {
        if (!status.isBlocking()) {
            throw new IllegalStateException("A " + status.getLabel().toLowerCase() + " visit can no longer be changed");
        }
        if (status == VisitStatus.CONFIRMED && (reason == null || reason.isBlank())) {
            throw new IllegalStateException("A confirmed visit is changed only with a reason");
        }
        Set<StaffUser> removed = new LinkedHashSet<>(trainers);
        removed.removeAll(newTrainers);
        String before = describe();
        this.site = Objects.requireNonNull(newSite, "site");
        apply(details, newTrainers, now);
        String after = describe();
        sequence++;
        String detail = before.equals(after) ? "Details changed" : "From " + before + " to " + after;
        record(actor, "Changed", reason == null || reason.isBlank() ? detail : detail + ". Reason: " + reason.strip(), now);
        return removed;
    }

    /** Moves the visit along its statuses; cancelling needs a reason, completing a report. */
    public void changeStatus(VisitStatus next, String reason, VisitReport report, String actor, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("A " + status.getLabel().toLowerCase() + " visit cannot become "
                    + next.getLabel().toLowerCase());
        }
        if (next == VisitStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw new IllegalStateException("A visit is cancelled with a reason");
        }
        if (next == VisitStatus.COMPLETED) {
            if (report == null || report.summary() == null || report.summary().isBlank()) {
                throw new IllegalStateException("A visit is completed with its report");
            }
            this.reportSummary = report.summary().strip();
            this.reportRecommendations = blankToNull(report.recommendations());
            this.reportFollowUps = blankToNull(report.followUps());
        }
        this.status = next;
        this.statusReason = blankToNull(reason);
        this.sequence++;
        this.updatedAt = now;
        record(actor, next.getLabel(), statusReason == null ? "" : "Reason: " + statusReason, now);
    }

    private void apply(VisitDetails details, Collection<StaffUser> newTrainers, Instant now) {
        Objects.requireNonNull(details, "details");
        this.purpose = requireText(details.purpose(), "purpose", 200);
        this.topics = details.topics() == null ? "" : requireLength(details.topics().strip(), 500);
        this.format = Objects.requireNonNull(details.format(), "format");
        this.startsAt = Objects.requireNonNull(details.start(), "start");
        this.endsAt = Objects.requireNonNull(details.end(), "end");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A visit ends after it starts");
        }
        this.zone = Objects.requireNonNull(details.zone(), "zone").getId();
        this.contactName = requireText(details.contactName(), "contact name", 200);
        this.contactEmail = requireText(details.contactEmail(), "contact email", 320);
        this.agenda = blankToNull(details.agenda());
        if (newTrainers == null || newTrainers.isEmpty()) {
            throw new IllegalArgumentException("A visit has at least one trainer");
        }
        this.trainers.clear();
        newTrainers.stream().sorted(Comparator.comparing(StaffUser::getEmail)).forEach(trainers::add);
        this.updatedAt = now;
    }

    private void record(String actor, String action, String detail, Instant now) {
        history.add(new SiteVisitHistory(this, now, actor == null ? "system" : actor, action, detail));
    }

    /** "Seattle LEAD, 2027-03-15T09:00 to 2027-03-17T17:00 America/Los_Angeles, on site, with a@x, b@y". */
    private String describe() {
        return site.getName() + ", " + EventTimes.range(startsAt, endsAt, getZone()) + ", "
                + format.getLabel().toLowerCase() + ", with " + String.join(", ", getTrainerEmails());
    }

    private static String requireText(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return requireLength(value.strip(), max);
    }

    private static String requireLength(String value, int max) {
        if (TextLength.exceeds(value, max)) {
            throw new IllegalArgumentException("Text longer than " + max + " characters");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public VisitDetails details() {
        return new VisitDetails(purpose, topics, format, startsAt, endsAt, getZone(), contactName, contactEmail, agenda);
    }

    /** Links the visit to the inquiry that asked for it; the inquiry's timeline records the request. */
    public void answer(Inquiry asking, String who, Instant now) {
        inquiry = asking;
        asking.recordVisitRequest(id, purpose, who, now);
    }

    public Inquiry getInquiry() {
        return inquiry;
    }

    public Long getId() {
        return id;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public Site getSite() {
        return site;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getTopics() {
        return topics;
    }

    public VisitFormat getFormat() {
        return format;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getAgenda() {
        return agenda;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public VisitReport getReport() {
        return reportSummary == null ? null : new VisitReport(reportSummary, reportRecommendations, reportFollowUps);
    }

    public Set<StaffUser> getTrainers() {
        return Collections.unmodifiableSet(trainers);
    }

    public List<String> getTrainerEmails() {
        return trainers.stream().map(StaffUser::getEmail).sorted().toList();
    }

    public boolean hasTrainer(String email) {
        return trainers.stream().anyMatch(trainer -> trainer.getEmail().equals(email));
    }

    public List<SiteVisitHistory> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
