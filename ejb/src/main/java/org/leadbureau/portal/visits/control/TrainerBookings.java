package org.leadbureau.portal.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitDetails;
import org.leadbureau.portal.visits.entity.VisitFormat;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * Whether trainers are free. Booking a trainer first locks each involved trainer's account row, in the order of
 * their emails, and only then reads their commitments, so the check and the booking are one step: of two
 * simultaneous bookings of one trainer, the second waits, sees the first and is refused with a
 * {@link ConflictException} naming it. The lock must be the transaction's first read, so that even under MariaDB's
 * repeatable read the check sees everything committed before it.
 */
@ApplicationScoped
public class TrainerBookings {

    private static final int MAX_WINDOWS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    VisitDocuments documents;

    /**
     * Locks the account rows of these trainers, in the order of their emails (one order for everyone, so two
     * bookings cannot deadlock), and returns the accounts in that order.
     */
    public List<StaffUser> lock(List<String> emails) {
        List<StaffUser> trainers = new ArrayList<>();
        for (String email : emails.stream().map(TrainerBookings::normalise).distinct().sorted().toList()) {
            List<?> locked = em.createNativeQuery("SELECT id FROM staff_user WHERE email = ? FOR UPDATE")
                    .setParameter(1, email)
                    .getResultList();
            if (locked.isEmpty()) {
                throw noTrainer(email);
            }
            trainers.add(requireTrainer(em.find(StaffUser.class, ((Number) locked.get(0)).longValue())));
        }
        return trainers;
    }

    /** The active trainer with this email, without locking (for searches that book nothing). */
    public StaffUser trainer(String email) {
        String normalised = normalise(email);
        return requireTrainer(em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", normalised)
                .getResultStream().findFirst()
                .orElseThrow(() -> noTrainer(normalised)));
    }

    /** Refuses with 409 when a visit at {@code site} with these details clashes with one of the trainers' time. */
    public void requireFree(List<StaffUser> trainers, Site site, VisitDetails details, Long self) {
        String label = VisitWording.label(details.purpose(), site, details.start(), details.end(), details.zone());
        Commitment candidate = details.format() == VisitFormat.ON_SITE
                ? Commitment.onSite(label, site.getId(), details.start(), details.end())
                : Commitment.virtual(label, details.start(), details.end());
        for (StaffUser trainer : trainers) {
            requireFree(trainer, candidate, self);
        }
    }

    /** Refuses with 409 when {@code candidate} clashes with the trainer's time, except visit {@code self}. */
    public void requireFree(StaffUser trainer, Commitment candidate, Long self) {
        ConflictRules rules = documents.rules();
        Instant from = candidate.start().minus(rules.travelBuffer());
        Instant to = candidate.end().plus(rules.travelBuffer());
        List<Held> held = held(trainer, from, to, self);
        rules.firstClash(candidate, held.stream().map(Held::commitment).toList()).ifPresent(clash -> {
            Held other = held.stream().filter(one -> one.commitment() == clash).findFirst().orElseThrow();
            throw new VisitClashException(VisitWording.notFree(trainer.getDisplayName(), candidate, clash, rules.travelBuffer()),
                    VisitWording.notFree(trainer.getDisplayName(), candidate, other.inWords(), rules.travelBuffer()),
                    other.visitId());
        });
    }

    /** The earliest windows of {@code days} whole days in {@code zone} within [from, to] when all are free. */
    public List<DateWindow> freeWindows(List<StaffUser> trainers, int days, LocalDate from, LocalDate to, ZoneId zone,
                                        VisitFormat format) {
        ConflictRules rules = documents.rules();
        Instant start = from.atStartOfDay(zone).toInstant().minus(rules.travelBuffer());
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant().plus(rules.travelBuffer());
        List<List<Commitment>> commitments = trainers.stream()
                .map(trainer -> commitments(trainer, start, end, null)).toList();
        return new FreeWindows(rules).search(commitments, days, from, to, zone, format == VisitFormat.ON_SITE, MAX_WINDOWS);
    }

    private List<Commitment> commitments(StaffUser trainer, Instant from, Instant to, Long self) {
        return held(trainer, from, to, self).stream().map(Held::commitment).toList();
    }

    /** What holds a trainer's time: a commitment, the same named with times in words, and the visit it is (or null). */
    private record Held(Commitment commitment, Commitment inWords, Long visitId) {
    }

    private List<Held> held(StaffUser trainer, Instant from, Instant to, Long self) {
        List<Held> held = new ArrayList<>();
        em.createNamedQuery(SiteVisit.FIND_BLOCKING_FOR_TRAINER, SiteVisit.class)
                .setParameter("trainer", trainer.getId())
                .setParameter("statuses", VisitStatus.BLOCKING)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("self", self == null ? -1L : self)
                .getResultStream()
                .forEach(visit -> held.add(new Held(commitment(visit, VisitWording.label(visit.getPurpose(),
                        visit.getSite(), visit.getStartsAt(), visit.getEndsAt(), visit.getZone())),
                        commitment(visit, VisitWording.labelInWords(visit.getPurpose(), visit.getSite(),
                                visit.getStartsAt(), visit.getEndsAt(), visit.getZone())), visit.getId())));
        em.createNamedQuery(TrainerUnavailability.FIND_OVERLAPPING, TrainerUnavailability.class)
                .setParameter("trainer", trainer.getId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .forEach(period -> held.add(new Held(
                        Commitment.unavailable(VisitWording.unavailable(period.getReason(), period.getStartsAt(),
                                period.getEndsAt(), period.getZone()), period.getStartsAt(), period.getEndsAt()),
                        Commitment.unavailable(period.getReason() + ", " + EventTimes.range(period.getStartsAt(),
                                period.getEndsAt(), period.getZone()), period.getStartsAt(), period.getEndsAt()),
                        null)));
        return held;
    }

    private static Commitment commitment(SiteVisit visit, String label) {
        return visit.getFormat() == VisitFormat.ON_SITE
                ? Commitment.onSite(label, visit.getSite().getId(), visit.getStartsAt(), visit.getEndsAt())
                : Commitment.virtual(label, visit.getStartsAt(), visit.getEndsAt());
    }

    private static String normalise(String email) {
        try {
            return StaffUser.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("trainers", "'" + email + "' is not an email address.");
        }
    }

    private static InvalidInputException noTrainer(String email) {
        return new InvalidInputException("trainers", "There is no trainer with the email " + email + ".");
    }

    private static StaffUser requireTrainer(StaffUser user) {
        if (!user.isActive() || !user.hasRole(Role.TRAINER)) {
            throw new InvalidInputException("trainers", user.getEmail() + " is not an active trainer.");
        }
        return user;
    }
}
