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
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.inquiry.boundary.InquiryTriage;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.evaluation.control.Invitations;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.ForbiddenException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.visits.control.TrainerBookings;
import org.leadbureau.portal.visits.control.VisitDocuments;
import org.leadbureau.portal.visits.control.VisitFilter;
import org.leadbureau.portal.visits.control.VisitMail.Change;
import org.leadbureau.portal.visits.control.VisitQueries;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitDetails;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * Booking site visits and changing them: rescheduling, new trainers, moving along the statuses. Trainers and staff
 * book; a trainer without STAFF or ADMIN changes only the visits they are booked for. Trainers are locked and
 * checked by {@link TrainerBookings}, so a clash is refused with a {@link ConflictException} naming it.
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class SiteVisits {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainerBookings bookings;

    @Inject
    VisitQueries queries;

    @Inject
    InquiryTriage inquiries;

    @Inject
    Outbox outbox;

    @Inject
    VisitDocuments documents;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    Invitations evaluations;

    @Resource
    SessionContext session;

    public List<SiteVisit> find(@NotNull VisitFilter filter) {
        return queries.find(filter);
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
        List<StaffUser> trainers = bookings.lock(form.getTrainers());
        Site site = site(form.getSite());
        VisitDetails details = form.details(ZoneId.of(site.getTimeZone()));
        bookings.requireFree(trainers, site, details, null);
        Inquiry inquiry = inquiry(form.getInquiry());
        var visit = new SiteVisit(site, details, trainers, caller(), clock.instant());
        em.persist(visit);
        if (inquiry != null) {
            visit.answer(inquiry, caller(), clock.instant());
        }
        auditLog.record(Action.VISIT_BOOKED, "visit " + visit.getId(), visit.getPurpose());
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
        // The trainers' locks come first (see TrainerBookings); the visit is read after them.
        List<StaffUser> trainers = bookings.lock(form.getTrainers());
        SiteVisit visit = owned(id);
        if (!visit.getStatus().isBlocking()) {
            throw new RefusedException("This visit is " + visit.getStatus().getLabel().toLowerCase()
                    + "; it can no longer be changed.");
        }
        if (visit.getStatus() == VisitStatus.CONFIRMED && (form.getReason() == null || form.getReason().isBlank())) {
            throw new InvalidInputException("reason", "This visit is confirmed: please give the reason for the change.");
        }
        Site site = site(form.getSite());
        VisitDetails details = form.details(ZoneId.of(site.getTimeZone()));
        bookings.requireFree(trainers, site, details, visit.getId());
        Instant now = clock.instant();
        Set<StaffUser> removed = visit.change(site, details, trainers, form.getReason(), caller(), now);
        if (visit.getStatus().isInvited()) {
            tellEveryone(visit, Change.CHANGED, now);
            removed.forEach(trainer -> outbox.queue(documents.mail()
                    .message(visit, Change.REMOVED, trainer.getDisplayName(), trainer.getEmail(), now)));
        }
        auditLog.record(Action.VISIT_CHANGED, "visit " + id, form.getReason());
        return visit;
    }

    /** Proposes, confirms, completes (with the report) or cancels (with a reason) a visit. */
    public SiteVisit changeStatus(long id, @NotNull @Valid StatusForm form) {
        SiteVisit visit = owned(id);
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
        } else if (next == VisitStatus.COMPLETED) {
            evaluations.inviteVisit(visit);
        }
        auditLog.record(Action.VISIT_STATUS_CHANGED, "visit " + id, next.getLabel());
        return visit;
    }

    /** Whether the signed-in user may change this visit: staff any, a trainer those they are booked for. */
    public boolean mayChange(@NotNull SiteVisit visit) {
        return !trainerOnly() || visit.hasTrainer(caller());
    }

    /** Active accounts with the TRAINER role, by name, the signed-in user first (whom forms offer first). */
    public List<StaffUser> trainers() {
        String me = caller();
        return em.createQuery("select distinct u from StaffUser u join u.roles r where r = :role and u.active = true",
                        StaffUser.class)
                .setParameter("role", Role.TRAINER)
                .getResultStream()
                .sorted(Comparator.comparing((StaffUser user) -> !user.getEmail().equals(me))
                        .thenComparing(StaffUser::getDisplayName))
                .toList();
    }

    /** The signed-in user's email. */
    public String caller() {
        return session.getCallerPrincipal().getName();
    }

    private SiteVisit owned(long id) {
        SiteVisit visit = find(id);
        if (!mayChange(visit)) {
            throw new ForbiddenException("Trainers change only the visits they are booked for.");
        }
        return visit;
    }

    private boolean trainerOnly() {
        return !session.isCallerInRole(Roles.STAFF) && !session.isCallerInRole(Roles.ADMIN);
    }

    /** The inquiry a visit answers; one the caller may not see is refused exactly like one that does not exist. */
    private Inquiry inquiry(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String normalised = reference.strip().toUpperCase(Locale.ROOT);
        return inquiries.find(normalised)
                .orElseThrow(() -> new InvalidInputException("inquiry", "There is no inquiry " + normalised + "."));
    }

    private Site site(String slug) {
        return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class)
                .setParameter("slug", slug.strip())
                .getResultStream()
                .filter(Site::isListed)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("site", "There is no site '" + slug + "' in the directory."));
    }

    private void tellEveryone(SiteVisit visit, Change change, Instant now) {
        for (StaffUser trainer : visit.getTrainers()) {
            outbox.queue(documents.mail().message(visit, change, trainer.getDisplayName(), trainer.getEmail(), now));
        }
        outbox.queue(documents.mail().message(visit, change, visit.getContactName(), visit.getContactEmail(), now));
    }
}
