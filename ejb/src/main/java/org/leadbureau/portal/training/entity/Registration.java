package org.leadbureau.portal.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.sites.entity.Site;

/**
 * One person's registration for a training. The registrant's key to it is a manage link ({@link RegistrationLink},
 * a fresh one in every message); waitlisted registrations keep their place by {@code waitlistNumber}.
 */
@Entity
@Table(name = "training_registration")
@NamedQuery(name = Registration.FIND_LIVE_BY_EMAIL, query = "select r from Registration r where r.training = :training"
        + " and r.email = :email and r.status in (org.leadbureau.portal.training.entity.RegistrationStatus.CONFIRMED,"
        + " org.leadbureau.portal.training.entity.RegistrationStatus.WAITLISTED)")
@NamedQuery(name = Registration.COUNT_ALL, query = "select count(r) from Registration r where r.training = :training")
@NamedQuery(name = Registration.COUNT_SEATED, query = "select count(r) from Registration r where r.training = :training"
        + " and r.status in (org.leadbureau.portal.training.entity.RegistrationStatus.CONFIRMED,"
        + " org.leadbureau.portal.training.entity.RegistrationStatus.ATTENDED)")
@NamedQuery(name = Registration.COUNT_SEATED_PER_TRAINING, query = "select r.training.id, count(r) from Registration r"
        + " where r.training in :trainings and r.status in (org.leadbureau.portal.training.entity.RegistrationStatus.CONFIRMED,"
        + " org.leadbureau.portal.training.entity.RegistrationStatus.ATTENDED) group by r.training.id")
@NamedQuery(name = Registration.FIND_WAITLIST, query = "select r from Registration r where r.training = :training"
        + " and r.status = org.leadbureau.portal.training.entity.RegistrationStatus.WAITLISTED order by r.waitlistNumber")
@NamedQuery(name = Registration.MAX_WAITLIST_NUMBER, query = "select max(r.waitlistNumber) from Registration r"
        + " where r.training = :training")
@NamedQuery(name = Registration.WAITLIST_POSITION, query = "select count(r) from Registration r"
        + " where r.training = :training and r.status = org.leadbureau.portal.training.entity.RegistrationStatus.WAITLISTED"
        + " and r.waitlistNumber <= :number")
@NamedQuery(name = Registration.FIND_LIVE_BY_TRAINING, query = "select r from Registration r where r.training = :training"
        + " and r.status in (org.leadbureau.portal.training.entity.RegistrationStatus.CONFIRMED,"
        + " org.leadbureau.portal.training.entity.RegistrationStatus.WAITLISTED)")
@NamedQuery(name = Registration.FIND_DUE_REMINDERS, query = "select r from Registration r join r.training t"
        + " where r.status = org.leadbureau.portal.training.entity.RegistrationStatus.CONFIRMED"
        + " and r.reminderSentAt is null"
        + " and t.status = org.leadbureau.portal.training.entity.TrainingStatus.PUBLISHED"
        + " and t.startsAt > :now and t.startsAt <= :until order by t.startsAt, r.id")
public class Registration {

    public static final String FIND_LIVE_BY_EMAIL = "Registration.findLiveByEmail";
    /** Seats taken: confirmed and attended registrations. */
    public static final String COUNT_SEATED = "Registration.countSeated";
    public static final String COUNT_ALL = "Registration.countAll";
    public static final String COUNT_SEATED_PER_TRAINING = "Registration.countSeatedPerTraining";
    public static final String FIND_WAITLIST = "Registration.findWaitlist";
    public static final String MAX_WAITLIST_NUMBER = "Registration.maxWaitlistNumber";
    public static final String WAITLIST_POSITION = "Registration.waitlistPosition";
    public static final String FIND_LIVE_BY_TRAINING = "Registration.findLiveByTraining";
    public static final String FIND_DUE_REMINDERS = "Registration.findDueReminders";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false)
    private Training training;

    @Column(nullable = false, length = 200)
    private String name;

    /** Lower-cased, so that one address is one person. */
    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 200)
    private String organisation;

    @Column(nullable = false, length = 200)
    private String role;

    @Column(nullable = false, length = 200)
    private String jurisdiction;

    @Column(nullable = false, length = 2000)
    private String answers;

    /** The LEAD site or community the registrant comes from, chosen from the directory; staff may correct it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    /** The language the registrant registered in: every mail to them is written in it. */
    @Column(nullable = false, length = 8)
    private Language language = Language.DEFAULT;

    /** Order of arrival on the waitlist; null unless waitlisted. */
    @Column(name = "waitlist_number")
    private Long waitlistNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "attended_at")
    private Instant attendedAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    /** When a fresh manage link was last mailed because someone registered again with this address. */
    @Column(name = "link_resent_at")
    private Instant linkResentAt;

    @Version
    private long version;

    protected Registration() {
        // for JPA
    }

    /** A confirmed registration. */
    public static Registration confirmed(Training training, Registrant registrant, Instant now) {
        var registration = new Registration(training, registrant, now);
        registration.status = RegistrationStatus.CONFIRMED;
        registration.confirmedAt = now;
        return registration;
    }

    /** A registration at the end of the waitlist, whose place is {@code waitlistNumber}. */
    public static Registration waitlisted(Training training, Registrant registrant, long waitlistNumber, Instant now) {
        var registration = new Registration(training, registrant, now);
        registration.status = RegistrationStatus.WAITLISTED;
        registration.waitlistNumber = waitlistNumber;
        return registration;
    }

    private Registration(Training training, Registrant registrant, Instant now) {
        this.training = Objects.requireNonNull(training, "training");
        Objects.requireNonNull(registrant, "registrant");
        this.name = required(registrant.name(), "name", 200);
        this.email = required(registrant.email(), "email", 320).toLowerCase(Locale.ROOT);
        this.organisation = optional(registrant.organisation(), 200);
        this.role = optional(registrant.role(), 200);
        this.jurisdiction = optional(registrant.jurisdiction(), 200);
        this.answers = optional(registrant.answers(), 2000);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** Records which site of the directory the registrant comes from, or none. */
    public void placeAt(Site newSite, Instant now) {
        site = newSite;
        updatedAt = now;
    }

    /** Records the language the registrant reads, the one they registered in. */
    public void speaks(Language newLanguage) {
        language = Objects.requireNonNull(newLanguage, "language");
    }

    /** Off the waitlist into a seat. */
    public void promote(Instant now) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted registration can be given a seat, not a " + status + " one");
        }
        status = RegistrationStatus.CONFIRMED;
        waitlistNumber = null;
        confirmedAt = now;
        updatedAt = now;
    }

    /** Returns whether this freed a seat (a confirmed registration was cancelled). */
    public boolean cancel(Instant now) {
        if (!status.isLive()) {
            throw new IllegalStateException("This registration is already " + status.name().toLowerCase(Locale.ROOT));
        }
        boolean freedSeat = status == RegistrationStatus.CONFIRMED;
        status = RegistrationStatus.CANCELLED;
        waitlistNumber = null;
        cancelledAt = now;
        updatedAt = now;
        return freedSeat;
    }

    /** Check-in on the day. */
    public void attend(Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed registration can be checked in, not a " + status + " one");
        }
        status = RegistrationStatus.ATTENDED;
        attendedAt = now;
        updatedAt = now;
    }

    /** Undoes a check-in made by mistake: the seat stays taken, as confirmed. */
    public void undoAttend(Instant now) {
        if (status != RegistrationStatus.ATTENDED) {
            throw new IllegalStateException("Only an attended registration's check-in can be undone, not a " + status + " one");
        }
        status = RegistrationStatus.CONFIRMED;
        attendedAt = null;
        updatedAt = now;
    }

    public void reminderSent(Instant now) {
        reminderSentAt = now;
    }

    /**
     * Whether a fresh manage link may be mailed now, because someone registered again with this address; if so, it
     * counts as sent. At most one per {@code interval}: registering again with someone's address must not flood
     * their inbox.
     */
    public boolean resendLink(Instant now, Duration interval) {
        if (linkResentAt != null && linkResentAt.plus(interval).isAfter(now)) {
            return false;
        }
        linkResentAt = now;
        return true;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return optional(value, max);
    }

    private static String optional(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (TextLength.exceeds(stripped, max)) {
            throw new IllegalArgumentException("Text longer than " + max + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
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

    public Site getSite() {
        return site;
    }

    public String getAnswers() {
        return answers;
    }

    public Language getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Long getWaitlistNumber() {
        return waitlistNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getAttendedAt() {
        return attendedAt;
    }
}
