package org.leadbureau.portal.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.persistence.Columns;
import org.leadbureau.portal.platform.rules.TextLength;

/**
 * A training or topic presentation. Times are instants with the event's own zone, in which they are shown.
 * Every change that registrants should hear about raises {@link #getSequence()}, the iCalendar SEQUENCE.
 */
@Entity
@Table(name = "training")
@NamedQuery(name = Training.FIND_BY_SLUG, query = "select t from Training t where t.slug = :slug")
@NamedQuery(name = Training.FIND_UPCOMING, query = "select t from Training t where t.status = :status"
        + " and t.endsAt > :now order by t.startsAt, t.title")
@NamedQuery(name = Training.FIND_DEMO, query = "select t from Training t where t.demo = true")
@NamedQuery(name = Training.FIND_ALL, query = "select t from Training t order by t.startsAt desc, t.title")
public class Training implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SLUG = "Training.findBySlug";
    public static final String FIND_UPCOMING = "Training.findUpcoming";
    public static final String FIND_ALL = "Training.findAll";
    public static final String FIND_DEMO = "Training.findDemo";
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String slug;

    @Column(name = "ical_uid", nullable = false, unique = true, length = 100)
    private String icalUid;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(nullable = false, length = Columns.LONG_TEXT)
    private String description;

    @Column(nullable = false, length = 500)
    private String topics;

    @Column(nullable = false, length = 300)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrainingFormat format;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 64)
    private String zone;

    @Column(length = 500)
    private String venue;

    @Column(name = "join_link", length = 500)
    private String joinLink;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "registration_opens")
    private Instant registrationOpens;

    @Column(name = "registration_closes")
    private Instant registrationCloses;

    /** Extra questions for registrants, one per line. */
    @Column(nullable = false, length = 1000)
    private String questions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrainingStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** A made-up example event (PORTAL_DEMO), marked as such wherever it shows. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Training() {
        // for JPA
    }

    public Training(String slug, TrainingDetails details, Instant now) {
        if (slug == null || slug.length() > 100 || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is lower-case words joined by hyphens: " + slug);
        }
        this.slug = slug;
        this.icalUid = UUID.randomUUID() + "@training.leadbureau.org";
        this.status = TrainingStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        apply(details, now);
    }

    /** Opens the training for registration (publication starts the default registration window). */
    public void publish(Instant now) {
        if (status == TrainingStatus.CANCELLED) {
            throw new IllegalStateException("A cancelled training cannot be published again");
        }
        if (status == TrainingStatus.DRAFT) {
            status = TrainingStatus.PUBLISHED;
            publishedAt = now;
            updatedAt = now;
        }
    }

    /** Takes a published training off the public pages (its registrations stay); a draft or cancelled one is left. */
    public void unpublish(Instant now) {
        if (status == TrainingStatus.PUBLISHED) {
            status = TrainingStatus.DRAFT;
            updatedAt = now;
        }
    }

    public void markDemo() {
        this.demo = true;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Applies new details; returns whether anything changed (and then raises the sequence). */
    public boolean update(TrainingDetails details, Instant now) {
        if (details.equals(details())) {
            return false;
        }
        apply(details, now);
        sequence++;
        return true;
    }

    /** One more seat, when staff seat someone from the waitlist out of turn. */
    public void addSeat(Instant now) {
        capacity++;
        updatedAt = now;
    }

    public void cancel(Instant now) {
        if (status != TrainingStatus.CANCELLED) {
            status = TrainingStatus.CANCELLED;
            sequence++;
            updatedAt = now;
        }
    }

    /** Why registering is not possible at {@code now}, in words for the person trying; empty when it is. */
    public Optional<Wording> registrationRefusal(Instant now) {
        if (status == TrainingStatus.CANCELLED) {
            return Optional.of(Wording.of("registration.closed.cancelled"));
        }
        if (status != TrainingStatus.PUBLISHED) {
            return Optional.of(Wording.of("registration.closed.notOpen"));
        }
        if (!now.isBefore(startsAt)) {
            return Optional.of(Wording.of("registration.closed.started"));
        }
        if (now.isBefore(getRegistrationOpensAt())) {
            return Optional.of(Wording.of("registration.closed.opensOn", new Wording.DateTime(getRegistrationOpensAt(), getZone())));
        }
        if (!now.isBefore(getRegistrationClosesAt())) {
            return Optional.of(Wording.of("registration.closed.closedOn", new Wording.DateTime(getRegistrationClosesAt(), getZone())));
        }
        return Optional.empty();
    }

    public TrainingDetails details() {
        return new TrainingDetails(title, description, topics, audience, format, startsAt, endsAt, getZone(), venue,
                joinLink, capacity, registrationOpens, registrationCloses, getQuestions());
    }

    private void apply(TrainingDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        this.title = requireText(details.title(), "title", 200);
        this.description = requireText(details.description(), "description", Integer.MAX_VALUE);
        this.topics = optionalText(details.topics(), 500);
        this.audience = optionalText(details.audience(), 300);
        this.format = Objects.requireNonNull(details.format(), "format");
        this.startsAt = Objects.requireNonNull(details.start(), "start");
        this.endsAt = Objects.requireNonNull(details.end(), "end");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A training ends after it starts");
        }
        this.zone = Objects.requireNonNull(details.zone(), "zone").getId();
        this.venue = emptyToNull(optionalText(details.venue(), 500));
        this.joinLink = emptyToNull(optionalText(details.joinLink(), 500));
        if (details.capacity() < 1) {
            throw new IllegalArgumentException("A training has at least one seat");
        }
        this.capacity = details.capacity();
        this.registrationOpens = details.opens();
        this.registrationCloses = details.closes();
        if (registrationOpens != null && registrationCloses != null && !registrationCloses.isAfter(registrationOpens)) {
            throw new IllegalArgumentException("Registration closes after it opens");
        }
        this.questions = optionalText(String.join("\n", details.questions()), 1000);
        this.updatedAt = now;
    }

    private static String requireText(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (TextLength.exceeds(value, max)) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return value.strip();
    }

    private static String optionalText(String value, int max) {
        return value == null ? "" : requireLength(value.strip(), max);
    }

    private static String requireLength(String value, int max) {
        if (TextLength.exceeds(value, max)) {
            throw new IllegalArgumentException("Text longer than " + max + " characters");
        }
        return value;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getIcalUid() {
        return icalUid;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getTopics() {
        return topics;
    }

    public String getAudience() {
        return audience;
    }

    public TrainingFormat getFormat() {
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

    public String getVenue() {
        return venue;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public int getCapacity() {
        return capacity;
    }

    /** When registration opens: as set, or else at publication (never, for a draft). */
    public Instant getRegistrationOpensAt() {
        if (registrationOpens != null) {
            return registrationOpens;
        }
        return publishedAt == null ? Instant.MAX : publishedAt;
    }

    /** When registration closes: as set, or else at the start. */
    public Instant getRegistrationClosesAt() {
        return registrationCloses == null ? startsAt : registrationCloses;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public List<String> getQuestions() {
        return questions.isEmpty() ? List.of() : Arrays.stream(questions.split("\n")).map(String::strip)
                .filter(question -> !question.isEmpty()).toList();
    }

    public TrainingStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
