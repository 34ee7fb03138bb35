package org.leadbureau.portal.inquiry.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.persistence.Columns;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;
import org.leadbureau.portal.sites.entity.UsStateConverter;

/**
 * A contact-us inquiry from a prospective (or existing) site, with its reference number, its place in triage
 * and its timeline: every status change, note, email and assignment, with who and when.
 */
@Entity
@Table(name = "inquiry")
@NamedQuery(name = Inquiry.FIND_BY_REFERENCE, query = "select i from Inquiry i where i.reference = :reference")
@NamedQuery(name = Inquiry.MAX_NUMBER_IN_YEAR, query = "select max(i.referenceNumber) from Inquiry i"
        + " where i.referenceYear = :year")
public class Inquiry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_REFERENCE = "Inquiry.findByReference";
    public static final String MAX_NUMBER_IN_YEAR = "Inquiry.maxNumberInYear";

    public static final int MESSAGE_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "reference_year", nullable = false)
    private int referenceYear;

    @Column(name = "reference_number", nullable = false)
    private int referenceNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false, length = 200)
    private String organisation;

    @Column(nullable = false, length = 200)
    private String role;

    @Column(nullable = false, length = 200)
    private String jurisdiction;

    @Convert(converter = UsStateConverter.class)
    @Column(nullable = false, length = 2)
    private UsState state;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Stage stage;

    @ElementCollection
    @CollectionTable(name = "inquiry_interest", joinColumns = @JoinColumn(name = "inquiry_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "interest", nullable = false, length = 32)
    private Set<Interest> interests = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "inquiry_stakeholder", joinColumns = @JoinColumn(name = "inquiry_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stakeholder", nullable = false, length = 32)
    private Set<Stakeholder> stakeholders = new HashSet<>();

    @Lob
    @Column(nullable = false, length = Columns.LONG_TEXT)
    private String message;

    @Column(nullable = false)
    private boolean consent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private InquiryStatus status;

    /** Email of the staff member it is assigned to, or null. */
    @Column(length = 254)
    private String assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    /** The language the inquirer wrote in: the mail to them is written in it. */
    @Column(nullable = false, length = 8)
    private Language language = Language.DEFAULT;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<InquiryEvent> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Inquiry() {
        // for JPA
    }

    /**
     * A new inquiry, status NEW, or SUSPECTED when the form's guards took it for a bot's; the inquirer gave their
     * consent to be contacted (the form requires it).
     */
    public Inquiry(String reference, int year, int number, InquiryFacts facts, Language language, String clientAddress,
                   Instant now, boolean suspected) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.referenceYear = year;
        this.referenceNumber = number;
        this.name = facts.name();
        this.email = facts.email();
        this.phone = facts.phone();
        this.organisation = facts.organisation();
        this.role = facts.role();
        this.jurisdiction = facts.jurisdiction();
        this.state = Objects.requireNonNull(facts.state(), "state");
        this.stage = Objects.requireNonNull(facts.stage(), "stage");
        this.interests.addAll(facts.interests());
        this.stakeholders.addAll(facts.stakeholders());
        this.message = facts.message();
        this.consent = true;
        this.language = Objects.requireNonNull(language, "language");
        this.status = suspected ? InquiryStatus.SUSPECTED : InquiryStatus.NEW;
        this.clientAddress = clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.RECEIVED, now, facts.email(), null, status, null));
    }

    /** Takes a suspected inquiry into the inbox as NEW: staff judged it a person's. */
    public void release(String who, Instant now) {
        if (status != InquiryStatus.SUSPECTED) {
            throw new IllegalStateException("Only a suspected inquiry is released");
        }
        changeStatus(InquiryStatus.NEW, who, now);
    }

    /** @return false when the inquiry already has this status (nothing recorded) */
    public boolean changeStatus(InquiryStatus newStatus, String who, Instant now) {
        Objects.requireNonNull(newStatus, "newStatus");
        if (newStatus == status) {
            return false;
        }
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.STATUS, now, who, status, newStatus, null));
        status = newStatus;
        updatedAt = now;
        return true;
    }

    public void addNote(String text, String who, Instant now) {
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.NOTE, now, who, null, null, text));
        updatedAt = now;
    }

    /** Assigns it to a staff member (by email); null leaves it unassigned. */
    public void assign(String staffEmail, String who, Instant now) {
        assignee = staffEmail;
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.ASSIGNED, now, who, null, null,
                staffEmail == null ? "Unassigned" : staffEmail));
        updatedAt = now;
    }

    /**
     * Records an email the Bureau sent the inquirer: the first one sets the time of first response, and an
     * inquiry still waiting for an answer becomes RESPONDED.
     */
    public void recordReply(String subject, String text, String who, Instant now) {
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.EMAIL, now, who, null, null, subject + "\n\n" + text));
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        if (status.isOpen()) {
            changeStatus(InquiryStatus.RESPONDED, who, now);
        }
        updatedAt = now;
    }

    public void linkSite(Site linked, String who, Instant now) {
        site = Objects.requireNonNull(linked, "site");
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.SITE, now, who, null, null, linked.getSlug()));
        updatedAt = now;
    }

    /** A site visit was booked in answer to this inquiry (the visit keeps the link). */
    public void recordVisitRequest(Long visitId, String purpose, String who, Instant now) {
        timeline.add(new InquiryEvent(this, InquiryEvent.Kind.VISIT, now, who, null, null,
                "Visit " + visitId + ": " + purpose));
        updatedAt = now;
    }

    /** How long the first answer took, or null while there is none. */
    public Duration getTimeToFirstResponse() {
        return firstResponseAt == null ? null : Duration.between(createdAt, firstResponseAt);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public UsState getState() {
        return state;
    }

    public Stage getStage() {
        return stage;
    }

    /** In the order the form lists them. */
    public List<Interest> getInterests() {
        return interests.stream().sorted().toList();
    }

    public List<Stakeholder> getStakeholders() {
        return stakeholders.stream().sorted().toList();
    }

    public String getMessage() {
        return message;
    }

    public boolean isConsent() {
        return consent;
    }

    public Language getLanguage() {
        return language;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public Site getSite() {
        return site;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<InquiryEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
