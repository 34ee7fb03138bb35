package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.boundary.AuditLog.AuditFilter;
import org.leadbureau.portal.account.entity.AuditEvent;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.platform.view.PagedTableModel;

/** ADMIN reads and filters the audit log at {@code /staff/admin/audit}; paging is done by the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog auditLog;

    private Action action;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    private final PagedTableModel<AuditEvent> events = new PagedTableModel<>(() -> auditLog.count(filter()),
            (page, sort, ascending) -> auditLog.find(filter(), page, sort != null && ascending),
            event -> String.valueOf(event.getId()));

    private AuditFilter filter() {
        return new AuditFilter(action, actor,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public PagedTableModel<AuditEvent> getEvents() {
        return events;
    }

    public Action[] getActions() {
        return Action.values();
    }

    public Action getAction() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
