package org.leadbureau.portal.visits.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.view.StaffTimes;
import org.leadbureau.portal.visits.boundary.SiteVisits;
import org.leadbureau.portal.visits.boundary.StatusForm;
import org.leadbureau.portal.visits.boundary.VisitForm;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * {@code /staff/visits/<id>}: one visit, its history in a zone the viewer chooses, and moving it along its statuses
 * or rescheduling it. Which of the two pages {@code /staff/visits} is, is decided here ({@link #isDetail()}).
 */
@Named
@ViewScoped
public class VisitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteVisits visits;

    @Inject
    StaffTimes staffTimes;

    @Inject
    @Param(pathIndex = 0)
    String idSegment;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    // Entities are not kept in the view state: the visit is read again when the view is restored.
    private Long visitId;
    private transient SiteVisit visit;
    private transient List<StaffUser> trainers;
    private VisitForm form = new VisitForm();
    private StatusForm statusForm = new StatusForm();
    /** The zone the viewer picked; until then their own (account setting, else the Bureau's). */
    private String viewerZone;

    /** Whether the address names one visit ({@code /staff/visits/<id>}) rather than the calendar. */
    public boolean isDetail() {
        return idSegment != null;
    }

    public void load() {
        if (extraSegment != null) {
            Pages.notFound();
            return;
        }
        if (visitId == null) {
            try {
                visit = visits.find(Long.parseLong(idSegment));
                visitId = visit.getId();
                form = VisitForm.of(visit);
            } catch (NumberFormatException | NotFoundException e) {
                Pages.notFound();
            }
        }
    }

    public void reschedule() {
        if (Refusals.attempt(() -> visit = visits.update(visitId, form))) {
            form = VisitForm.of(visit);
            Messages.addGlobalInfo("Saved.");
        }
    }

    public void propose() {
        moveTo(VisitStatus.PROPOSED);
    }

    public void confirm() {
        moveTo(VisitStatus.CONFIRMED);
    }

    public void cancel() {
        moveTo(VisitStatus.CANCELLED);
    }

    public void complete() {
        moveTo(VisitStatus.COMPLETED);
    }

    private void moveTo(VisitStatus status) {
        statusForm.setStatus(status);
        if (Refusals.attempt(() -> visit = visits.changeStatus(visitId, statusForm))) {
            form = VisitForm.of(visit);
            statusForm = new StatusForm();
            Messages.addGlobalInfo("The visit is now " + visit.getStatus().getLabel().toLowerCase() + ".");
        }
    }

    /** Active trainers, the signed-in one first. */
    public List<StaffUser> getTrainers() {
        if (trainers == null) {
            trainers = visits.trainers();
        }
        return trainers;
    }

    // ---- shown times

    /** "Monday, March 15, 2027, 9:00 AM MDT – …" in the site's zone. */
    public String when(SiteVisit shown) {
        return EventTimes.range(shown.getStartsAt(), shown.getEndsAt(), shown.getZone());
    }

    public String zoneName(SiteVisit shown) {
        return EventTimes.zoneName(shown.getZone());
    }

    /** The same times in the zone the viewer chose. */
    public String getViewerWhen() {
        SiteVisit shown = getVisit();
        return shown == null ? null : EventTimes.range(shown.getStartsAt(), shown.getEndsAt(), ZoneId.of(getViewerZone()));
    }

    public String historyWhen(Instant at) {
        return EventTimes.dateTime(at, ZoneId.of(getViewerZone()));
    }

    public List<String> getViewerZones() {
        return staffTimes.getZones();
    }

    public String getViewerZone() {
        return viewerZone != null ? viewerZone : staffTimes.getZone().getId();
    }

    public void setViewerZone(String viewerZone) {
        if (viewerZone != null && getViewerZones().contains(viewerZone)) {
            this.viewerZone = viewerZone;
        }
    }

    public SiteVisit getVisit() {
        if (visit == null && visitId != null) {
            visit = visits.find(visitId);
        }
        return visit;
    }

    public VisitForm getForm() {
        return form;
    }

    public StatusForm getStatusForm() {
        return statusForm;
    }
}
