package org.leadbureau.portal.sites.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A participating LEAD site. Its slug is given once, at creation, and kept when the site is renamed, so that
 * links to {@code /sites/<slug>} keep working. Every status it has had is kept in its history. A retired site
 * (entered in error, merged into another) leaves the public directory but is kept. A draft (made from an inquiry)
 * is not in the public directory until staff have reviewed and published it; whether it is published is apart
 * from its status.
 */
@Entity
@Table(name = "site")
@NamedQuery(name = Site.FIND_BY_SLUG,
        query = "select distinct s from Site s left join fetch s.history where s.slug = :slug")
@NamedQuery(name = Site.FIND_BY_NAME_AND_STATE,
        query = "select s from Site s where lower(s.name) = lower(:name) and s.state = :state")
@NamedQuery(name = Site.FIND_SLUGS_STARTING_WITH, query = "select s.slug from Site s where s.slug like :prefix")
@NamedQuery(name = Site.FIND_IN_STATE, query = "select s from Site s where s.state = :state and s.retiredAt is null"
        + " and s.published = true and s.id <> :except order by s.name")
@NamedQuery(name = Site.FIND_ALL, query = "select s from Site s order by s.name")
public class Site implements Serializable {

    public static final String FIND_BY_SLUG = "Site.findBySlug";
    public static final String FIND_BY_NAME_AND_STATE = "Site.findByNameAndState";
    public static final String FIND_SLUGS_STARTING_WITH = "Site.findSlugsStartingWith";
    public static final String FIND_IN_STATE = "Site.findInState";
    public static final String FIND_ALL = "Site.findAll";

    public static final int NAME_LENGTH = 200;
    public static final int SLUG_LENGTH = 80;
    public static final int URL_LENGTH = 1000;
    public static final int TEXT_LENGTH = 2000;
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = SLUG_LENGTH)
    private String slug;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = NAME_LENGTH)
    private String jurisdiction;

    @Convert(converter = UsStateConverter.class)
    @Column(nullable = false, length = 2)
    private UsState state;

    @Convert(converter = SiteStatusConverter.class)
    @Column(nullable = false, length = 20)
    private SiteStatus status;

    @Embedded
    private LaunchDate launched;

    @Column(name = "source_url", length = URL_LENGTH)
    private String sourceUrl;

    @Column(length = TEXT_LENGTH)
    private String notes;

    @Column(length = URL_LENGTH)
    private String website;

    @Column(length = NAME_LENGTH)
    private String organisation;

    @Column(length = TEXT_LENGTH)
    private String description;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    private Double latitude;

    private Double longitude;

    @Column(name = "last_verified")
    private LocalDate lastVerified;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(nullable = false)
    private boolean published = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "site", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveOn, recordedAt, id")
    private List<SiteStatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Site() {
        // for JPA
    }

    /**
     * A new site, recorded by {@code who}. Its first status goes into the history as of its launch when the site is
     * launching or operational and its (past) launch date is known, since that is when the status began; otherwise
     * as of {@code today}.
     */
    public Site(String slug, SiteFacts facts, String who, Instant now, LocalDate today) {
        if (slug == null || slug.length() > SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Not a slug: " + slug);
        }
        this.slug = slug;
        this.createdAt = Objects.requireNonNull(now, "now");
        copy(facts);
        this.updatedAt = now;
        boolean sinceLaunch = launched != null && !launched.firstDay().isAfter(today)
                && (status == SiteStatus.LAUNCHING || status == SiteStatus.OPERATIONAL);
        history.add(sinceLaunch ? new SiteStatusChange(this, status, launched, now, who)
                : new SiteStatusChange(this, status, today, now, who, null));
    }

    /**
     * Takes on new facts; a new status goes into the history as of {@code today}. The slug stays.
     *
     * @return whether anything changed
     */
    public boolean apply(SiteFacts facts, String who, Instant now, LocalDate today) {
        if (facts().equals(facts)) {
            return false;
        }
        SiteStatus before = status;
        copy(facts);
        updatedAt = now;
        if (before != status) {
            history.add(new SiteStatusChange(this, status, today, now, who, null));
        }
        return true;
    }

    /** Records a change of status from {@code effectiveOn} (which may be in the past), with an optional note. */
    public void changeStatus(SiteStatus newStatus, LocalDate effectiveOn, String note, String who, Instant now) {
        this.status = Objects.requireNonNull(newStatus, "newStatus");
        this.updatedAt = now;
        history.add(new SiteStatusChange(this, newStatus, effectiveOn, now, who, blankToNull(note)));
    }

    /** Keeps a site not yet stored out of the public directory, until staff have reviewed and published it. */
    public Site asDraft() {
        if (id != null) {
            throw new IllegalStateException("Only a new site starts as a draft");
        }
        published = false;
        return this;
    }

    /** Puts a draft into the public directory. Its status history is the community's, so publishing adds nothing to it. */
    public void publish(Instant now) {
        published = true;
        updatedAt = now;
    }

    /** Takes the site out of the public directory, keeping it and noting why in its history. */
    public void retire(String reason, String who, Instant now, LocalDate today) {
        if (retiredAt != null) {
            return;
        }
        retiredAt = now;
        updatedAt = now;
        String note = "Retired from the directory" + (blankToNull(reason) == null ? "" : ": " + reason.strip());
        history.add(new SiteStatusChange(this, status, today, now, who, note));
    }

    /** Brings a retired site back into the directory. */
    public void reinstate(String who, Instant now, LocalDate today) {
        if (retiredAt == null) {
            return;
        }
        retiredAt = null;
        updatedAt = now;
        history.add(new SiteStatusChange(this, status, today, now, who, "Back in the directory"));
    }

    public void markVerified(LocalDate today, Instant now) {
        this.lastVerified = Objects.requireNonNull(today, "today");
        this.updatedAt = now;
    }

    /** True when no one has checked the facts within a year of {@code today}. */
    public boolean isVerificationOverdue(LocalDate today) {
        return lastVerified == null || lastVerified.isBefore(today.minusYears(1));
    }

    public SiteFacts facts() {
        return new SiteFacts(name, jurisdiction, state, status, launched, sourceUrl, notes, website, organisation,
                description, ZoneId.of(timeZone), latitude, longitude, lastVerified);
    }

    private void copy(SiteFacts facts) {
        Objects.requireNonNull(facts, "facts");
        this.name = facts.name().strip();
        this.jurisdiction = facts.jurisdiction();
        this.state = facts.state();
        this.status = facts.status();
        this.launched = facts.launched();
        this.sourceUrl = facts.sourceUrl();
        this.notes = facts.notes();
        this.website = facts.website();
        this.organisation = facts.organisation();
        this.description = facts.description();
        this.timeZone = facts.timeZone().getId();
        this.latitude = facts.latitude();
        this.longitude = facts.longitude();
        this.lastVerified = facts.lastVerified();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public UsState getState() {
        return state;
    }

    public SiteStatus getStatus() {
        return status;
    }

    /** When the site launched, or null when unknown. */
    public LaunchDate getLaunched() {
        return launched;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getNotes() {
        return notes;
    }

    public String getWebsite() {
        return website;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getDescription() {
        return description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public boolean isLocated() {
        return latitude != null;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public boolean isPublished() {
        return published;
    }

    /** Whether the public sees it: published and not retired. */
    public boolean isListed() {
        return published && retiredAt == null;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Oldest first. */
    public List<SiteStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
