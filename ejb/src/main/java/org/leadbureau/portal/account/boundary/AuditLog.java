package org.leadbureau.portal.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.account.entity.AuditEvent;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.AuditEvent.Area;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.platform.request.RequestOrigin;

/** Writes the audit log in the caller's transaction, and lets ADMIN read it. */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    /** Records an action by the signed-in caller. */
    @PermitAll
    public void record(Action action, String subject, String detail) {
        String caller = session.getCallerPrincipal().getName();
        recordAs("anonymous".equals(caller) ? null : caller, action, subject, detail);
    }

    /** Records an action for someone who is not (yet) the caller, e.g. during sign-in. */
    @PermitAll
    public void recordAs(String actor, Action action, String subject, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, clientAddress(), action, subject, detail));
    }

    /** One page, newest first unless {@code oldestFirst}; every filter is optional. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditEvent> find(@NotNull AuditFilter filter, @NotNull PageRequest page, boolean oldestFirst) {
        String order = oldestFirst ? " order by e.occurredAt asc, e.id asc" : " order by e.occurredAt desc, e.id desc";
        return query(filter, "select e", order, AuditEvent.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditFilter filter) {
        return query(filter, "select count(e)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.action() != null) {
            jpql.append(" and e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.area() != null) {
            jpql.append(" and e.action in :actions");
            parameters.put("actions", Arrays.stream(Action.values()).filter(action -> action.getArea() == filter.area()).toList());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            jpql.append(" and lower(e.actor) like :actor");
            parameters.put("actor", "%" + filter.actor().strip().toLowerCase() + "%");
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private String clientAddress() {
        try {
            return origin.getClientAddress();
        } catch (ContextNotActiveException outsideARequest) {
            return "server";
        }
    }

    /** What ADMIN filters the audit log by; any part may be null. */
    public record AuditFilter(Area area, Action action, String actor, Instant from, Instant to) {
    }
}
