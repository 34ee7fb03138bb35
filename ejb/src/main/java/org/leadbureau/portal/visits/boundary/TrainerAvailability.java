package org.leadbureau.portal.visits.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.rules.ForbiddenException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.visits.control.Commitment;
import org.leadbureau.portal.visits.control.DateWindow;
import org.leadbureau.portal.visits.control.FreeWindows;
import org.leadbureau.portal.visits.control.TrainerBookings;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitFormat;

/**
 * When trainers can be booked: the search for free dates, and periods of unavailability (trainers enter their own,
 * staff anyone's), which are refused over a booked visit like a booking over them.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class TrainerAvailability {

    private static final int MAX_SEARCH_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainerBookings bookings;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Resource
    SessionContext session;

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
        List<StaffUser> trainers = trainerEmails.stream().distinct().map(bookings::trainer).toList();
        return bookings.freeWindows(trainers, days, from, to, zone, format);
    }

    /** The periods of unavailability of the account with this email that have not ended. */
    public List<TrainerUnavailability> unavailability(@NotNull String email) {
        return em.createNamedQuery(TrainerUnavailability.FIND_FOR_TRAINER, TrainerUnavailability.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("from", clock.instant())
                .getResultList();
    }

    /** Records a period a trainer is unavailable; refused with 409 when a visit holds the trainer then. */
    public TrainerUnavailability addUnavailability(@NotNull @Valid UnavailabilityForm form) {
        StaffUser trainer = bookings.lock(List.of(form.getTrainer())).get(0);
        requireMayManage(trainer);
        ZoneId zone = form.zoneId();
        var period = new TrainerUnavailability(trainer, form.getStart().atZone(zone).toInstant(),
                form.getEnd().atZone(zone).toInstant(), zone, form.getReason(), caller(), clock.instant());
        bookings.requireFree(trainer, Commitment.unavailable(period.getReason(), period.getStartsAt(), period.getEndsAt()), null);
        em.persist(period);
        auditLog.record(Action.UNAVAILABILITY_ADDED, "trainer " + trainer.getEmail(), period.getReason());
        return period;
    }

    public void removeUnavailability(long id) {
        TrainerUnavailability period = em.find(TrainerUnavailability.class, id);
        if (period == null) {
            throw new NotFoundException("There is no such period of unavailability.");
        }
        requireMayManage(period.getTrainer());
        em.remove(period);
        auditLog.record(Action.UNAVAILABILITY_REMOVED, "trainer " + period.getTrainer().getEmail(), period.getReason());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private void requireMayManage(StaffUser trainer) {
        boolean staff = session.isCallerInRole(Roles.STAFF) || session.isCallerInRole(Roles.ADMIN);
        if (!staff && !trainer.getEmail().equals(caller())) {
            throw new ForbiddenException("Trainers manage only their own unavailability.");
        }
    }
}
