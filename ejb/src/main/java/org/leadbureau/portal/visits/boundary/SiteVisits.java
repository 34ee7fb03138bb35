package org.leadbureau.portal.visits.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.security.SecureTokens;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.visits.control.Commitment;
import org.leadbureau.portal.visits.control.ConflictRules;
import org.leadbureau.portal.visits.control.DateWindow;
import org.leadbureau.portal.visits.control.FreeWindows;
import org.leadbureau.portal.visits.control.VisitDocuments;
import org.leadbureau.portal.visits.control.VisitMail.Change;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerFeed;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitDates;
import org.leadbureau.portal.visits.entity.VisitDetails;
import org.leadbureau.portal.visits.entity.VisitFormat;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * Trainers and staff plan site visits. Booking a trainer (creating, changing, adding them) first locks each
 * involved trainer's account row, in the order of their emails, and only then reads their commitments, so the
 * check and the booking are one step: of two simultaneous bookings of one trainer, the second waits, sees the first
 * and is refused with a {@link ConflictException} naming it. The lock is the transaction's first read, so even
 * under MariaDB's repeatable read the check sees everything committed before it.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class SiteVisits {

    private static final int MAX_WINDOWS = 10;
    private static final int MAX_SEARCH_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    VisitDocuments documents;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<SiteVisit> find(@NotNull VisitFilter filter) {
        StringBuilder jpql = new StringBuilder("select distinct v from SiteVisit v left join v.trainers t where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.from() != null) {
            jpql.append(" and v.endsAt > :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and v.startsAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.trainer() != null && !filter.trainer().isBlank()) {
            jpql.append(" and t.email = :trainer");
            parameters.put("trainer", filter.trainer().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.site() != null && !filter.site().isBlank()) {
            jpql.append(" and v.site.slug = :site");
            parameters.put("site", filter.site().strip());
        }
        if (filter.status() != null) {
            jpql.append(" and v.status = :status");
            parameters.put("status", filter.status());
        }
        TypedQuery<SiteVisit> query = em.createQuery(jpql.append(" order by v.startsAt, v.id").toString(), SiteVisit.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private Inquiry inquiry(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return em.createNamedQuery(Inquiry.FIND_BY_REFERENCE, Inquiry.class)
                .setParameter("reference", reference.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("inquiry", "There is no inquiry " + reference.strip() + "."));
    }

    /** One visit, with its history read (pages and the API show it after the transaction). */
    public SiteVisit find(long id) {
        SiteVisit visit = em.find(SiteVisit.class, id);
        if (visit == null) {
            throw new NotFoundException("There is no site visit " + id + ".");
        }
        visit.getHistory().size();
        return visit;
    }

    /** Books a new visit (status REQUESTED); 409 when a trainer is not free. */
    public SiteVisit create(@NotNull @Valid VisitForm form) {
        List<StaffUser> trainers = lockTrainers(form.getTrainers());
        Site site = site(form.getSite());
        VisitDetails details = form.details(ZoneId.of(site.getTimeZone()));
        requireFree(trainers, site, details, null);
        Inquiry inquiry = inquiry(form.getInquiry());
        var visit = new SiteVisit(site, details, trainers, caller(), clock.instant());
        em.persist(visit);
        if (inquiry != null) {
            visit.answer(inquiry, caller(), clock.instant());
        }
        return visit;
    }

    /** The visits booked in answer to an inquiry, for its page. */
    public List<SiteVisit> forInquiry(@NotNull String reference) {
        return em.createNamedQuery(SiteVisit.FIND_FOR_INQUIRY, SiteVisit.class)
                .setParameter("reference", reference).getResultList();
    }

    /**
     * Changes a visit: its time (rescheduling), site, trainers or other details, with the same checks as booking. A
     * confirmed visit needs a reason. Invited people are told; trainers taken off get the cancellation.
     */
    public SiteVisit update(long id, @NotNull @Valid VisitForm form) {
        List<StaffUser> trainers = lockTrainers(form.getTrainers());
        SiteVisit visit = find(id);
        if (!visit.getStatus().isBlocking()) {
            throw new RefusedException("This visit is " + visit.getStatus().getLabel().toLowerCase()
                    + "; it can no longer be changed.");
        }
        if (visit.getStatus() == VisitStatus.CONFIRMED && (form.getReason() == null || form.getReason().isBlank())) {
            throw new InvalidInputException("reason", "This visit is confirmed: please give the reason for the change.");
        }
        Site site = site(form.getSite());
        VisitDetails details = form.details(ZoneId.of(site.getTimeZone()));
        requireFree(trainers, site, details, visit.getId());
        Instant now = clock.instant();
        Set<StaffUser> removed = visit.change(site, details, trainers, form.getReason(), caller(), now);
        if (visit.getStatus().isInvited()) {
            tellEveryone(visit, Change.CHANGED, now);
            removed.forEach(trainer -> outbox.queue(documents.mail()
                    .message(visit, Change.REMOVED, trainer.getDisplayName(), trainer.getEmail(), now)));
        }
        return visit;
    }

    /** Proposes, confirms, completes (with the report) or cancels (with a reason) a visit. */
    public SiteVisit changeStatus(long id, @NotNull @Valid StatusForm form) {
        SiteVisit visit = find(id);
        VisitStatus next = form.getStatus();
        if (!visit.getStatus().canBecome(next)) {
            throw new RefusedException("A " + visit.getStatus().getLabel().toLowerCase() + " visit cannot become "
                    + next.getLabel().toLowerCase() + ".");
        }
        if (next == VisitStatus.CANCELLED && (form.getReason() == null || form.getReason().isBlank())) {
            throw new InvalidInputException("reason", "Please give the reason for cancelling.");
        }
        if (next == VisitStatus.COMPLETED && (form.getSummary() == null || form.getSummary().isBlank())) {
            throw new InvalidInputException("summary", "Please write the summary of the visit report.");
        }
        boolean wasInvited = visit.getStatus().isInvited();
        Instant now = clock.instant();
        visit.changeStatus(next, form.getReason(), form.report(), caller(), now);
        if (next == VisitStatus.PROPOSED || next == VisitStatus.CONFIRMED) {
            tellEveryone(visit, next == VisitStatus.PROPOSED ? Change.PROPOSED : Change.CONFIRMED, now);
        } else if (next == VisitStatus.CANCELLED && wasInvited) {
            tellEveryone(visit, Change.CANCELLED, now);
        }
        return visit;
    }

    /** Active accounts with the TRAINER role, by name. */
    public List<StaffUser> trainers() {
        return em.createQuery("select distinct u from StaffUser u join u.roles r where r = :role and u.active = true",
                        StaffUser.class)
                .setParameter("role", Role.TRAINER)
                .getResultStream()
                .sorted(java.util.Comparator.comparing(StaffUser::getDisplayName))
                .toList();
    }

    /** The earliest windows of {@code days} whole days in {@code zone} within [from, to] when all are free. */
    public List<DateWindow> freeWindows(@NotNull List<String> trainerEmails, int days, @NotNull LocalDate from,
                                        @NotNull LocalDate to, @NotNull ZoneId zone, @NotNull VisitFormat format) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (trainerEmails.isEmpty()) {
            errors.put("trainers", "Please choose at least one trainer.");
        }
        if (days < 1 || days > FreeWindows.MAX_DAYS) {
            errors.put("days", "A visit lasts 1 to " + FreeWindows.MAX_DAYS + " days.");
        }
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_SEARCH_DAYS))) {
            errors.put("to", "The range ends on or after its start, within a year.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConflictRules rules = documents.rules();
        Instant start = from.atStartOfDay(zone).toInstant().minus(rules.travelBuffer());
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant().plus(rules.travelBuffer());
        List<List<Commitment>> commitments = new ArrayList<>();
        for (String email : trainerEmails.stream().distinct().toList()) {
            commitments.add(commitments(trainer(email), start, end, null));
        }
        return new FreeWindows(rules).search(commitments, days, from, to, zone, format == VisitFormat.ON_SITE, MAX_WINDOWS);
    }

    /** The periods of unavailability of the account with this email that have not ended. */
    public List<TrainerUnavailability> unavailability(@NotNull String email) {
        return em.createNamedQuery(TrainerUnavailability.FIND_FOR_TRAINER, TrainerUnavailability.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("from", clock.instant())
                .getResultList();
    }

    /**
     * Records a period a trainer is unavailable (trainers enter their own, staff anyone's); refused with 409 when a
     * visit holds the trainer then: cancel or change it first.
     */
    public TrainerUnavailability addUnavailability(@NotNull @Valid UnavailabilityForm form) {
        StaffUser trainer = lockTrainers(List.of(form.getTrainer())).get(0);
        requireMayManage(trainer);
        ZoneId zone = form.zoneId();
        var period = new TrainerUnavailability(trainer, form.getStart().atZone(zone).toInstant(),
                form.getEnd().atZone(zone).toInstant(), zone, form.getReason(), caller(), clock.instant());
        Commitment candidate = Commitment.unavailable(period.getReason(), period.getStartsAt(), period.getEndsAt());
        requireFree(trainer, candidate, null);
        em.persist(period);
        return period;
    }

    public void removeUnavailability(long id) {
        TrainerUnavailability period = em.find(TrainerUnavailability.class, id);
        if (period == null) {
            throw new NotFoundException("There is no such period of unavailability.");
        }
        requireMayManage(period.getTrainer());
        em.remove(period);
    }

    /** Whether the signed-in user has a calendar feed. */
    public boolean hasFeed() {
        return feedOf(me()).isPresent();
    }

    /** A new secret feed link for the signed-in user; any earlier one stops working. Returns the secret. */
    public String newFeedToken() {
        StaffUser me = me();
        String token = SecureTokens.newToken();
        Instant now = clock.instant();
        feedOf(me).ifPresentOrElse(feed -> feed.replaceToken(SecureTokens.hash(token), now),
                () -> em.persist(new TrainerFeed(me, SecureTokens.hash(token), now)));
        return token;
    }

    /** Revokes the signed-in user's feed: its link answers 404 from now on. */
    public void revokeFeed() {
        feedOf(me()).ifPresent(em::remove);
    }

    private Optional<TrainerFeed> feedOf(StaffUser user) {
        return em.createNamedQuery(TrainerFeed.FIND_BY_TRAINER, TrainerFeed.class)
                .setParameter("trainer", user.getId())
                .getResultStream().findFirst();
    }

    private StaffUser me() {
        return em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", caller())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no account for you."));
    }

    /** The signed-in user's email. */
    public String caller() {
        return session.getCallerPrincipal().getName();
    }

    private void requireMayManage(StaffUser trainer) {
        boolean staff = session.isCallerInRole(Roles.STAFF) || session.isCallerInRole(Roles.ADMIN);
        if (!staff && !trainer.getEmail().equals(caller())) {
            throw new RefusedException("Trainers manage only their own unavailability.");
        }
    }

    private void tellEveryone(SiteVisit visit, Change change, Instant now) {
        for (StaffUser trainer : visit.getTrainers()) {
            outbox.queue(documents.mail().message(visit, change, trainer.getDisplayName(), trainer.getEmail(), now));
        }
        outbox.queue(documents.mail().message(visit, change, visit.getContactName(), visit.getContactEmail(), now));
    }

    /**
     * Locks the account rows of these trainers, in the order of their emails (one order for everyone, so two
     * bookings cannot deadlock), and returns the accounts in that order.
     */
    private List<StaffUser> lockTrainers(List<String> emails) {
        List<String> normalised = new ArrayList<>();
        for (String email : emails) {
            try {
                normalised.add(StaffUser.normaliseEmail(email));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("trainers", "'" + email + "' is not an email address.");
            }
        }
        List<StaffUser> trainers = new ArrayList<>();
        for (String email : normalised.stream().distinct().sorted().toList()) {
            List<?> locked = em.createNativeQuery("SELECT id FROM staff_user WHERE email = ? FOR UPDATE")
                    .setParameter(1, email)
                    .getResultList();
            if (locked.isEmpty()) {
                throw new InvalidInputException("trainers", "There is no trainer with the email " + email + ".");
            }
            trainers.add(requireTrainer(em.find(StaffUser.class, ((Number) locked.get(0)).longValue())));
        }
        return trainers;
    }

    private StaffUser trainer(String email) {
        String normalised;
        try {
            normalised = StaffUser.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("trainers", "'" + email + "' is not an email address.");
        }
        return requireTrainer(em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", normalised)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("trainers", "There is no trainer with the email " + normalised + ".")));
    }

    private static StaffUser requireTrainer(StaffUser user) {
        if (!user.isActive() || !user.hasRole(Role.TRAINER)) {
            throw new InvalidInputException("trainers", user.getEmail() + " is not an active trainer.");
        }
        return user;
    }

    private Site site(String slug) {
        return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class)
                .setParameter("slug", slug.strip())
                .getResultStream()
                .filter(site -> !site.isRetired())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("site", "There is no site '" + slug + "' in the directory."));
    }

    private void requireFree(List<StaffUser> trainers, Site site, VisitDetails details, Long self) {
        String label = label(details.purpose(), site, details.start(), details.end(), details.zone());
        Commitment candidate = details.format() == VisitFormat.ON_SITE
                ? Commitment.onSite(label, site.getId(), details.start(), details.end())
                : Commitment.virtual(label, details.start(), details.end());
        for (StaffUser trainer : trainers) {
            requireFree(trainer, candidate, self);
        }
    }

    private void requireFree(StaffUser trainer, Commitment candidate, Long self) {
        ConflictRules rules = documents.rules();
        Instant from = candidate.start().minus(rules.travelBuffer());
        Instant to = candidate.end().plus(rules.travelBuffer());
        rules.firstClash(candidate, commitments(trainer, from, to, self)).ifPresent(clash -> {
            // ConflictException commits what was done; nothing was, but make sure of it.
            session.setRollbackOnly();
            throw new ConflictException(refusal(trainer, candidate, clash, rules));
        });
    }

    private List<Commitment> commitments(StaffUser trainer, Instant from, Instant to, Long self) {
        List<Commitment> commitments = new ArrayList<>();
        em.createNamedQuery(SiteVisit.FIND_BLOCKING_FOR_TRAINER, SiteVisit.class)
                .setParameter("trainer", trainer.getId())
                .setParameter("statuses", VisitStatus.BLOCKING)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("self", self == null ? -1L : self)
                .getResultStream()
                .forEach(visit -> commitments.add(commitment(visit)));
        em.createNamedQuery(TrainerUnavailability.FIND_OVERLAPPING, TrainerUnavailability.class)
                .setParameter("trainer", trainer.getId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(period -> commitments.add(Commitment.unavailable(period.getReason() + ", "
                        + VisitDates.range(period.getStartsAt(), period.getEndsAt(), period.getZone()),
                        period.getStartsAt(), period.getEndsAt())));
        return commitments;
    }

    private static Commitment commitment(SiteVisit visit) {
        String label = label(visit.getPurpose(), visit.getSite(), visit.getStartsAt(), visit.getEndsAt(), visit.getZone());
        return visit.getFormat() == VisitFormat.ON_SITE
                ? Commitment.onSite(label, visit.getSite().getId(), visit.getStartsAt(), visit.getEndsAt())
                : Commitment.virtual(label, visit.getStartsAt(), visit.getEndsAt());
    }

    /** "“Launch workshop” at Seattle LEAD (WA), 2027-03-15T09:00 to 2027-03-17T17:00 America/Los_Angeles". */
    private static String label(String purpose, Site site, Instant start, Instant end, ZoneId zone) {
        return "“" + purpose + "” at " + site.getName() + " (" + site.getState().getCode() + "), "
                + VisitDates.range(start, end, zone);
    }

    private static String refusal(StaffUser trainer, Commitment candidate, Commitment clash, ConflictRules rules) {
        boolean overlap = candidate.start().isBefore(clash.end()) && clash.start().isBefore(candidate.end());
        String travel = overlap ? "" : " On-site visits need " + words(rules.travelBuffer())
                + " of travel time before and after, unless at the same site.";
        if (clash.kind() == Commitment.Kind.UNAVAILABLE) {
            return trainer.getDisplayName() + " is not available then: " + clash.label() + "." + travel;
        }
        if (candidate.kind() == Commitment.Kind.UNAVAILABLE) {
            return trainer.getDisplayName() + " is booked then for the site visit " + clash.label()
                    + ". Cancel or change that visit first." + travel;
        }
        return trainer.getDisplayName() + " is already booked then for the site visit " + clash.label() + "." + travel;
    }

    private static String words(Duration duration) {
        long hours = duration.toHours();
        if (hours > 0 && hours % 24 == 0) {
            return hours == 24 ? "1 day" : hours / 24 + " days";
        }
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
