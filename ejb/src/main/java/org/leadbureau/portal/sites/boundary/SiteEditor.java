package org.leadbureau.portal.sites.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.sites.control.SiteCsv;
import org.leadbureau.portal.sites.control.SiteImportReport;
import org.leadbureau.portal.sites.control.SiteImporter;
import org.leadbureau.portal.sites.control.SiteInput;
import org.leadbureau.portal.sites.control.SiteInputs;
import org.leadbureau.portal.sites.control.SiteQueries;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.control.Slugs;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteFacts;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

/** Staff keep the directory true: create, edit, retire, change status, verify, import. */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class SiteEditor {

    /** Who history names when no one is signed in (start-up jobs). */
    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteImporter importer;

    @Inject
    SiteQueries queries;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Resource
    SessionContext context;

    /** Every site, retired ones included, by name. */
    /** One page of every site, drafts and retired ones too, in the given order. */
    public Page<Site> page(@NotNull PageRequest page, @NotNull SiteSort sort, boolean ascending) {
        return new Page<>(queries.everySite(sort, ascending, page.offset(), page.size()), count(), page);
    }

    /** The first site in {@code state} with this name or jurisdiction (case aside), drafts and retired ones too. */
    public Optional<Site> listedAs(@NotNull UsState state, @NotNull String name, @NotNull String jurisdiction) {
        return em.createQuery("select s from Site s where s.state = :state and (lower(s.name) = :name"
                        + " or lower(s.jurisdiction) = :jurisdiction) order by s.id", Site.class)
                .setParameter("state", state).setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("jurisdiction", jurisdiction.toLowerCase(Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** How many sites there are, drafts and retired ones too. */
    public long count() {
        return queries.countEverySite();
    }

    /** A site with its history, retired or not. */
    public Optional<Site> find(@NotNull String slug) {
        return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private Site existing(String slug) {
        return find(slug).orElseThrow(() -> new InvalidInputException("There is no site '" + slug + "'."));
    }

    /** @throws InvalidInputException naming each wrong field */
    public Site create(@NotNull SiteInput input) {
        return create(input, true);
    }

    /** A site out of the public directory until staff publish it. @throws InvalidInputException naming each wrong field */
    public Site createDraft(@NotNull SiteInput input) {
        return create(input, false);
    }

    private Site create(SiteInput input, boolean published) {
        var facts = checked(input);
        if (!em.createNamedQuery(Site.FIND_BY_NAME_AND_STATE, Site.class).setParameter("name", facts.name())
                .setParameter("state", facts.state()).getResultList().isEmpty()) {
            throw new InvalidInputException("A site with this name is already listed in this state.",
                    Map.of("name", "A site named '" + facts.name() + "' is already listed in " + facts.state().getDisplayName() + "."));
        }
        jobLocks.lock(JobLocks.NEW_SLUG);
        String base = Slugs.of(facts.name());
        var taken = new HashSet<>(em.createNamedQuery(Site.FIND_SLUGS_STARTING_WITH, String.class)
                .setParameter("prefix", base + "%").getResultList());
        Site site = new Site(Slugs.unique(base, taken), facts, who(), now(), today());
        em.persist(published ? site : site.asDraft());
        auditLog.record(Action.SITE_CREATED, "site " + site.getSlug(), published ? facts.name() : facts.name() + " (draft)");
        return site;
    }

    /** Changes a site's facts; its slug stays. A changed status goes into its history as of today. */
    public Site update(@NotNull String slug, @NotNull SiteInput input) {
        var facts = checked(input);
        Site site = existing(slug);
        site.apply(facts, who(), now(), today());
        auditLog.record(Action.SITE_CHANGED, "site " + slug, null);
        return site;
    }

    /** Records a status from a date on (today when null), with an optional note. */
    public Site changeStatus(@NotNull String slug, @NotNull SiteStatus status, LocalDate effectiveOn,
                             @MaxLength(500) String note) {
        LocalDate since = effectiveOn == null ? today() : effectiveOn;
        if (since.isAfter(today())) {
            throw new InvalidInputException("A status change cannot be recorded for the future.",
                    Map.of("effectiveOn", "Give today's date or an earlier one."));
        }
        Site site = existing(slug);
        site.changeStatus(status, since, note, who(), now());
        auditLog.record(Action.SITE_STATUS_CHANGED, "site " + slug, status + " since " + since);
        return site;
    }

    public Site retire(@NotNull String slug, @MaxLength(400) String reason) {
        Site site = existing(slug);
        site.retire(reason, who(), now(), today());
        auditLog.record(Action.SITE_RETIRED, "site " + slug, reason);
        return site;
    }

    /** A draft enters the public directory (publishing a published site changes nothing but is recorded). */
    public Site publish(@NotNull String slug) {
        Site site = find(slug).orElseThrow(() -> new NotFoundException("There is no site '" + slug + "'."));
        site.publish(now());
        auditLog.record(Action.SITE_PUBLISHED, "site " + slug, null);
        return site;
    }

    public Site reinstate(@NotNull String slug) {
        Site site = existing(slug);
        site.reinstate(who(), now(), today());
        auditLog.record(Action.SITE_REINSTATED, "site " + slug, null);
        return site;
    }

    public Site markVerified(@NotNull String slug) {
        Site site = existing(slug);
        site.markVerified(today(), now());
        auditLog.record(Action.SITE_VERIFIED, "site " + slug, null);
        return site;
    }

    /** What importing the CSV would do, changing nothing. */
    public SiteImportReport previewImport(@NotNull byte[] csv) {
        return importer.preview(SiteCsv.read(SiteCsv.decode(csv)));
    }

    /**
     * Imports the good rows of the CSV in one transaction and reports the bad ones.
     *
     * @throws InvalidInputException when the file is not a sites CSV at all
     */
    public SiteImportReport importCsv(@NotNull byte[] csv) {
        SiteImportReport report = importer.apply(SiteCsv.read(SiteCsv.decode(csv)), who(), true);
        auditLog.record(Action.SITES_IMPORTED, "sites", report.created() + " created, " + report.updated() + " updated");
        return report;
    }

    private static SiteFacts checked(SiteInput input) {
        var checked = SiteInputs.check(input);
        if (!checked.valid()) {
            throw new InvalidInputException("Some fields need correcting.", checked.errors());
        }
        return checked.facts();
    }

    private String who() {
        Principal caller = context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
