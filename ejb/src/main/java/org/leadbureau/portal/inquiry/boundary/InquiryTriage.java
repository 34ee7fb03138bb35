package org.leadbureau.portal.inquiry.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.inquiry.control.InquiryMail;
import org.leadbureau.portal.inquiry.control.InquiryNotices;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.inquiry.entity.InquiryStatus;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.sites.boundary.SiteEditor;
import org.leadbureau.portal.sites.control.SiteInput;
import org.leadbureau.portal.sites.entity.Site;

/**
 * Staff triage of inquiries. STAFF and ADMIN see and handle every inquiry; a TRAINER sees only those assigned
 * to them, and changes none. Every change goes on the inquiry's timeline with who and when.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class InquiryTriage {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    InquiryNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    SiteEditor sites;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** One page of the inbox, newest first unless {@code oldestFirst}, with the count of all that match. */
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.TRAINER})
    public Page<Inquiry> inbox(@NotNull InboxFilter filter, @NotNull PageRequest page, boolean oldestFirst) {
        InboxFilter visible = visible(filter);
        String order = oldestFirst ? " order by i.createdAt asc, i.id asc" : " order by i.createdAt desc, i.id desc";
        List<Inquiry> rows = query(visible, "select i", order, Inquiry.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, query(visible, "select count(i)", "", Long.class).getSingleResult(), page);
    }

    /** How many inquiries have each status, among those the other filters (not the status) let through. */
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.TRAINER})
    public Map<InquiryStatus, Long> countsByStatus(@NotNull InboxFilter filter) {
        Map<InquiryStatus, Long> counts = new EnumMap<>(InquiryStatus.class);
        for (InquiryStatus status : InquiryStatus.values()) {
            counts.put(status, 0L);
        }
        query(visible(filter.withoutStatus()), "select i.status, count(i)", " group by i.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((InquiryStatus) row[0], (Long) row[1]));
        // Suspected spam stays out of the unfiltered inbox, so it is counted on its own (its link is the spam view).
        counts.put(InquiryStatus.SUSPECTED, query(visible(filter.withStatus(InquiryStatus.SUSPECTED)), "select count(i)", "",
                Long.class).getSingleResult());
        return counts;
    }

    /** An inquiry with its timeline, if the caller may see it. */
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.TRAINER})
    public Optional<Inquiry> find(@NotNull String reference) {
        Optional<Inquiry> found = em.createNamedQuery(Inquiry.FIND_BY_REFERENCE, Inquiry.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .filter(inquiry -> !trainerOnly() || me().equals(inquiry.getAssignee()));
        found.ifPresent(inquiry -> {
            inquiry.getTimeline().size();
            inquiry.getInterests();
            inquiry.getStakeholders();
            if (inquiry.getSite() != null) {
                inquiry.getSite().getSlug();
            }
        });
        return found;
    }

    /** Active staff accounts an inquiry can be assigned to, by name. */
    public List<StaffMember> assignable() {
        // Two columns, not accounts: loading accounts would load each one's roles too.
        return em.createQuery("select u.email, u.displayName from StaffUser u where u.active = true"
                        + " order by u.displayName, u.email", Object[].class).getResultStream()
                .map(row -> new StaffMember((String) row[0], (String) row[1]))
                .toList();
    }

    /** A suspected inquiry only becomes spam this way; releasing it, which sends its mails, is {@link #release}. */
    public Inquiry changeStatus(@NotNull String reference, @NotNull InquiryStatus status) {
        Inquiry inquiry = existing(reference);
        if (status == InquiryStatus.SUSPECTED
                || (inquiry.getStatus() == InquiryStatus.SUSPECTED && status != InquiryStatus.SPAM)) {
            throw new InvalidInputException("status", "A suspected inquiry is either released (which sends the"
                    + " confirmation and tells staff) or marked as spam.");
        }
        if (!inquiry.changeStatus(status, me(), clock.instant())) {
            throw new InvalidInputException("status", "The inquiry is already " + status.getLabel().toLowerCase(Locale.ROOT) + ".");
        }
        audit.record(status == InquiryStatus.SPAM ? Action.INQUIRY_MARKED_SPAM : Action.INQUIRY_STATUS_CHANGED, reference,
                status.getLabel());
        return inquiry;
    }

    /** Takes a suspected inquiry into the inbox as new and sends the mails held back: the inquirer's and staff's. */
    public Inquiry release(@NotNull String reference) {
        Inquiry inquiry = existing(reference);
        if (inquiry.getStatus() != InquiryStatus.SUSPECTED) {
            throw new ConflictException("Inquiry " + reference + " is not suspected spam.");
        }
        inquiry.release(me(), clock.instant());
        notices.send(inquiry);
        audit.record(Action.INQUIRY_RELEASED, reference, null);
        return inquiry;
    }

    public Inquiry addNote(@NotNull String reference, String text) {
        Inquiry inquiry = existing(reference);
        inquiry.addNote(text(text, "note", "Please write the note.", 5000), me(), clock.instant());
        // The note itself stays on the inquiry's timeline; the log says that one was written, and by whom.
        audit.record(Action.INQUIRY_NOTE_ADDED, reference, null);
        return inquiry;
    }

    /** Assigns the inquiry to an active staff member, who is emailed about it. */
    public Inquiry assign(@NotNull String reference, String staffEmail) {
        Inquiry inquiry = existing(reference);
        String email = staffEmail == null ? "" : staffEmail.strip().toLowerCase(Locale.ROOT);
        boolean known = assignable().stream().anyMatch(member -> member.getEmail().equals(email));
        if (!known) {
            throw new InvalidInputException("assignee", "Please choose an active staff member.");
        }
        if (email.equals(inquiry.getAssignee())) {
            throw new InvalidInputException("assignee", "The inquiry is already assigned to " + email + ".");
        }
        inquiry.assign(email, me(), clock.instant());
        outbox.queue(new InquiryMail(PortalConfig.baseUrl()).assigned(inquiry, me()));
        audit.record(Action.INQUIRY_ASSIGNED, reference, email);
        return inquiry;
    }

    /** Emails the inquirer through the outbox and records it on the timeline (the first reply is the first response). */
    public Inquiry reply(@NotNull String reference, @MaxLength(300) @SingleLine String subject,
                         // Checked with the subject, so that a page shows both messages in one round.
                         @NotBlank(message = "Please write the reply.") @MaxLength(20000) String reply) {
        Inquiry inquiry = existing(reference);
        String body = reply.strip();
        String title = subject == null || subject.isBlank() ? InquiryMail.replySubject(inquiry) : subject.strip();
        outbox.queue(new InquiryMail(PortalConfig.baseUrl()).reply(inquiry, title, body));
        inquiry.recordReply(title, body, me(), clock.instant());
        audit.record(Action.INQUIRY_REPLIED, reference, title);
        return inquiry;
    }

    /**
     * Puts the inquiry's community in the directory: links the site already listed with its jurisdiction (or
     * name) in its state, or creates a draft with the status its stage maps to and only what may be public (name,
     * jurisdiction, state), which staff review and publish. The inquiry keeps the link; the site finds its
     * record ({@code SiteTimeline}) through it.
     */
    public Site linkToSite(@NotNull String reference) {
        Inquiry inquiry = existing(reference);
        if (inquiry.getSite() != null) {
            throw new ConflictException("This inquiry is already linked to the site '" + inquiry.getSite().getName() + "'.");
        }
        String name = siteName(inquiry);
        Site site = sites.listedAs(inquiry.getState(), name, inquiry.getJurisdiction())
                .orElseGet(() -> draftSite(inquiry, name));
        inquiry.linkSite(site, me(), clock.instant());
        audit.record(Action.INQUIRY_LINKED_TO_SITE, reference, site.getSlug());
        return site;
    }

    /** A draft site for the inquiry's community; what stops it is said of the site, whose fields the page has not. */
    private Site draftSite(Inquiry inquiry, String name) {
        try {
            return sites.createDraft(new SiteInput(name, inquiry.getJurisdiction(), inquiry.getState().getCode(),
                    inquiry.getStage().getSiteStatus().name(), null, null, null, null, null, null, null, null, null, null));
        } catch (InvalidInputException refused) {
            throw new RefusedException("The site could not be created: " + String.join(" ", refused.getFieldErrors().values()));
        }
    }

    static String siteName(Inquiry inquiry) {
        return inquiry.getJurisdiction() + " LEAD";
    }

    private Inquiry existing(String reference) {
        Inquiry inquiry = em.createNamedQuery(Inquiry.FIND_BY_REFERENCE, Inquiry.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no inquiry " + reference + "."));
        inquiry.getTimeline().size();
        return inquiry;
    }

    private static String text(String text, String field, String missing, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, missing);
        }
        if (TextLength.exceeds(text.strip(), max)) {
            throw new InvalidInputException(field, "Please keep this under " + max + " characters.");
        }
        return text.strip();
    }

    /** A trainer without STAFF or ADMIN sees only the inquiries assigned to them. */
    private InboxFilter visible(InboxFilter filter) {
        return trainerOnly() ? filter.assignedTo(me()) : filter;
    }

    private boolean trainerOnly() {
        return !context.isCallerInRole(Roles.STAFF) && !context.isCallerInRole(Roles.ADMIN);
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    private <T> TypedQuery<T> query(InboxFilter filter, String select, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from Inquiry i where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            jpql.append(" and i.status = :status");
            parameters.put("status", filter.status());
        } else {
            jpql.append(" and i.status <> :suspected");
            parameters.put("suspected", InquiryStatus.SUSPECTED);
        }
        if (InboxFilter.UNASSIGNED.equals(filter.assignee())) {
            jpql.append(" and i.assignee is null");
        } else if (filter.assignee() != null) {
            jpql.append(" and i.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.state() != null) {
            jpql.append(" and i.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.stage() != null) {
            jpql.append(" and i.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.interest() != null) {
            jpql.append(" and :interest member of i.interests");
            parameters.put("interest", filter.interest());
        }
        if (filter.olderThanDays() != null) {
            jpql.append(" and i.createdAt <= :arrivedBefore");
            parameters.put("arrivedBefore", clock.instant().minus(Duration.ofDays(filter.olderThanDays())));
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
