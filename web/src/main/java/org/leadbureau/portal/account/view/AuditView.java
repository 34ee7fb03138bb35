package org.leadbureau.portal.account.view;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.boundary.AuditLog.AuditFilter;
import org.leadbureau.portal.account.entity.AuditEvent;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.AuditEvent.Area;
import org.leadbureau.portal.platform.view.PagedTableModel;
import org.leadbureau.portal.platform.view.StaffTimes;

/**
 * ADMIN reads and filters the audit log at {@code /staff/admin/audit}, by area of work or single action in words;
 * days are the reader's own (their time zone); paging is done by the database.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    @Inject
    StaffTimes staffTimes;

    private Area area;
    private Action action;
    private String actor;
    private LocalDate from;
    private LocalDate to;

    private final PagedTableModel<AuditEvent> events = new PagedTableModel<>(() -> auditLog.count(filter()),
            (page, sort, ascending) -> auditLog.find(filter(), page, sort != null && ascending),
            event -> String.valueOf(event.getId()));

    private AuditFilter filter() {
        var zone = staffTimes.getZone();
        return new AuditFilter(area, action, actor,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public PagedTableModel<AuditEvent> getEvents() {
        return events;
    }

    public Area[] getAreas() {
        return Area.values();
    }

    /** The actions in words, grouped by area. */
    public List<SelectItem> getActions() {
        return Arrays.stream(Area.values()).map(group -> {
            var items = Arrays.stream(Action.values()).filter(one -> one.getArea() == group)
                    .map(one -> new SelectItem(one, one.getLabel())).toArray(SelectItem[]::new);
            return (SelectItem) new SelectItemGroup(group.getLabel(), null, false, items);
        }).toList();
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
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
