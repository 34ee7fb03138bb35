package org.leadbureau.portal.visits.view;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.inquiry.boundary.InquiryTriage;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.ForbiddenException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.view.FieldMessages;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.visits.boundary.SiteVisits;
import org.leadbureau.portal.visits.boundary.StatusForm;
import org.leadbureau.portal.visits.boundary.TrainerAvailability;
import org.leadbureau.portal.visits.boundary.TrainerFeeds;
import org.leadbureau.portal.visits.boundary.UnavailabilityForm;
import org.leadbureau.portal.visits.boundary.VisitForm;
import org.leadbureau.portal.visits.control.VisitFilter;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitFormat;
import org.leadbureau.portal.visits.entity.VisitStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * {@code /staff/visits}: the calendar of visits (filtered by trainer, site, status; dragging a visit reschedules it
 * with the same checks as the API), booking a visit, the signed-in trainer's own visits, unavailability and feed.
 * {@code /staff/visits/<id>}: one visit, its history, and moving it along its statuses or rescheduling it.
 */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> VIEWER_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "UTC");

    @Inject
    SiteVisits visits;

    @Inject
    TrainerAvailability availability;

    @Inject
    TrainerFeeds feeds;

    @Inject
    Sites sites;

    @Inject
    InquiryTriage inquiries;

    @Inject
    @Param(pathIndex = 0)
    String idSegment;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    // Entities are not kept in the view state: the visit is read again on each request.
    private Long visitId;
    private transient SiteVisit visit;
    private VisitForm form = new VisitForm();
    private StatusForm statusForm = new StatusForm();
    private UnavailabilityForm unavailabilityForm = new UnavailabilityForm();
    private String filterTrainer;
    private String filterSite;
    private VisitStatus filterStatus;
    private transient ScheduleModel schedule;
    private String feedUrl;
    private String viewerZone = "America/New_York";

    public void load() {
        if (extraSegment != null) {
            Pages.notFound();
            return;
        }
        if (idSegment != null && visitId == null) {
            try {
                visit = visits.find(Long.parseLong(idSegment));
                visitId = visit.getId();
                form = VisitForm.of(visit);
            } catch (NumberFormatException | NotFoundException e) {
                Pages.notFound();
            }
        } else if (idSegment == null && unavailabilityForm.getTrainer() == null) {
            unavailabilityForm.setTrainer(visits.caller());
            unavailabilityForm.setZone("America/New_York");
            form.setFormat(VisitFormat.ON_SITE);
            String reference = Faces.getRequestParameter("inquiry");
            if (reference != null) {
                inquiries.find(reference).ifPresent(this::answering);
            }
        }
    }

    /** Booking from an inquiry's page ({@code ?inquiry=LEAD-…}): the form starts with what the inquiry told us. */
    private void answering(Inquiry inquiry) {
        form.setInquiry(inquiry.getReference());
        form.setPurpose("Site visit asked for in " + inquiry.getReference());
        form.setContactName(inquiry.getName());
        form.setContactEmail(inquiry.getEmail());
        if (inquiry.getSite() != null) {
            form.setSite(inquiry.getSite().getSlug());
        }
    }

    public boolean isDetail() {
        return idSegment != null;
    }

    // ---- the calendar and lists

    public ScheduleModel getSchedule() {
        if (schedule == null) {
            schedule = new DefaultScheduleModel();
            for (SiteVisit shown : visits.find(new VisitFilter(null, null, filterTrainer, filterSite, filterStatus))) {
                ZoneId zone = shown.getZone();
                // Local times of the site (the calendar shows times as given); the zone is named in the title.
                schedule.addEvent(DefaultScheduleEvent.<Long>builder()
                        .title(EventTimes.time(shown.getStartsAt(), zone) + " " + shown.getPurpose() + " – "
                                + shown.getSite().getName() + " (" + shown.getStatus().getLabel() + ")")
                        .startDate(LocalDateTime.ofInstant(shown.getStartsAt(), zone))
                        .endDate(LocalDateTime.ofInstant(shown.getEndsAt(), zone))
                        .url("/staff/visits/" + shown.getId())
                        .data(shown.getId())
                        .editable(shown.getStatus().isBlocking())
                        .styleClass("visit-" + shown.getStatus().name().toLowerCase())
                        .build());
            }
        }
        return schedule;
    }

    public void filter() {
        schedule = null;
    }

    /** Dragging a visit on the calendar: the same change as rescheduling it, refused the same way. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        SiteVisit moved = visits.find((Long) event.getScheduleEvent().getData());
        schedule = null;
        if (moved.getStatus() == VisitStatus.CONFIRMED) {
            // A confirmed visit changes only with a reason, which the visit's page asks for.
            Messages.addGlobalError("“" + moved.getPurpose() + "” is confirmed: reschedule it on its page, giving the reason.");
            return;
        }
        VisitForm change = VisitForm.of(moved);
        change.setStart(shift(change.getStart(), event));
        change.setEnd(shift(change.getEnd(), event));
        if (attempt(() -> visits.update(moved.getId(), change), Map.of())) {
            Messages.addGlobalInfo("Moved “" + moved.getPurpose() + "” to " + change.getStart() + ".");
        }
    }

    private static LocalDateTime shift(LocalDateTime time, ScheduleEntryMoveEvent event) {
        return time.plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta()).plusDays(event.getDayDelta())
                .plusMinutes(event.getMinuteDelta());
    }

    /** The signed-in user's own visits that hold time, soonest first. */
    public List<SiteVisit> getMyVisits() {
        return visits.find(new VisitFilter(Instant.now(), null, visits.caller(), null, null)).stream()
                .filter(mine -> mine.getStatus().isBlocking()).toList();
    }

    public List<StaffUser> getTrainers() {
        List<StaffUser> trainers = new ArrayList<>(visits.trainers());
        // The signed-in trainer first.
        trainers.sort(Comparator.comparing((StaffUser user) -> !user.getEmail().equals(visits.caller())));
        return trainers;
    }

    public List<Site> getSites() {
        return sites.all(SiteFilter.ALL);
    }

    public VisitStatus[] getStatuses() {
        return VisitStatus.values();
    }

    public VisitFormat[] getFormats() {
        return VisitFormat.values();
    }

    // ---- booking and changing

    public void create() throws IOException {
        SiteVisit[] created = new SiteVisit[1];
        Map<String, String> fields = new HashMap<>(formFields("visitForm"));
        fields.put("inquiry", "visitForm:inquiry");
        if (attempt(() -> created[0] = visits.create(form), fields)) {
            FacesContext.getCurrentInstance().getExternalContext().redirect("/staff/visits/" + created[0].getId());
        }
    }

    public void reschedule() {
        if (attempt(() -> visit = visits.update(visitId, form), formFields("changeForm"))) {
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
        if (attempt(() -> visit = visits.changeStatus(visitId, statusForm),
                Map.of("reason", "statusForm:reason", "summary", "statusForm:summary"))) {
            form = VisitForm.of(visit);
            statusForm = new StatusForm();
            Messages.addGlobalInfo("The visit is now " + visit.getStatus().getLabel().toLowerCase() + ".");
        }
    }

    // ---- unavailability and feed

    public List<TrainerUnavailability> getUnavailability() {
        return availability.unavailability(visits.caller());
    }

    public void addUnavailability() {
        if (attempt(() -> availability.addUnavailability(unavailabilityForm), Map.of("trainer", "unavailability:trainer"))) {
            Messages.addGlobalInfo("Unavailability recorded.");
            String trainer = unavailabilityForm.getTrainer();
            String zone = unavailabilityForm.getZone();
            unavailabilityForm = new UnavailabilityForm();
            unavailabilityForm.setTrainer(trainer);
            unavailabilityForm.setZone(zone);
        }
    }

    public void removeUnavailability(long id) {
        attempt(() -> availability.removeUnavailability(id), Map.of());
    }

    public boolean isHasFeed() {
        return feeds.hasFeed();
    }

    public void newFeed() {
        feedUrl = feeds.newFeedUrl();
    }

    public void revokeFeed() {
        feeds.revokeFeed();
        feedUrl = null;
        Messages.addGlobalInfo("Your calendar feed is revoked: its address no longer works.");
    }

    /** Runs a boundary call; shows its refusal (next to fields where it names them) and answers whether it worked. */
    private boolean attempt(Runnable call, Map<String, String> fields) {
        try {
            call.run();
            return true;
        } catch (InvalidInputException e) {
            FieldMessages.show(e, fields);
        } catch (ConflictException | RefusedException | NotFoundException | ForbiddenException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().forEach(violation -> Messages.addGlobalError(violation.getMessage()));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private static Map<String, String> formFields(String formId) {
        return Map.of("site", formId + ":site", "trainers", formId + ":trainers", "reason", formId + ":reason");
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
        return shown == null ? null : EventTimes.range(shown.getStartsAt(), shown.getEndsAt(), ZoneId.of(viewerZone));
    }

    public String periodWhen(TrainerUnavailability period) {
        return EventTimes.range(period.getStartsAt(), period.getEndsAt(), period.getZone());
    }

    public String historyWhen(Instant at) {
        return EventTimes.dateTime(at, ZoneId.of(viewerZone));
    }

    public List<String> getViewerZones() {
        return VIEWER_ZONES;
    }

    public String getViewerZone() {
        return viewerZone;
    }

    public void setViewerZone(String viewerZone) {
        if (viewerZone != null && VIEWER_ZONES.contains(viewerZone)) {
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

    public UnavailabilityForm getUnavailabilityForm() {
        return unavailabilityForm;
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public String getFilterTrainer() {
        return filterTrainer;
    }

    public void setFilterTrainer(String filterTrainer) {
        this.filterTrainer = filterTrainer;
    }

    public String getFilterSite() {
        return filterSite;
    }

    public void setFilterSite(String filterSite) {
        this.filterSite = filterSite;
    }

    public VisitStatus getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(VisitStatus filterStatus) {
        this.filterStatus = filterStatus;
    }
}
