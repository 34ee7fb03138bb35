package org.leadbureau.portal.visits.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.inquiry.boundary.InquiryTriage;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.view.StaffTimes;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.visits.boundary.SiteVisits;
import org.leadbureau.portal.visits.boundary.TrainerAvailability;
import org.leadbureau.portal.visits.boundary.TrainerFeeds;
import org.leadbureau.portal.visits.boundary.UnavailabilityForm;
import org.leadbureau.portal.visits.boundary.VisitForm;
import org.leadbureau.portal.visits.control.VisitFilter;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitFormat;
import org.leadbureau.portal.visits.entity.VisitStatus;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * {@code /staff/visits}: the calendar of visits (filtered by trainer, site, status; dragging a visit reschedules it
 * with the same checks as the API), booking a visit, the signed-in user's own visits, unavailability and feed. The
 * lists are read once and again only after a change to them (they are not kept in the view state).
 */
@Named
@ViewScoped
public class VisitCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

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
    StaffTimes staffTimes;

    private VisitForm form = new VisitForm();
    private UnavailabilityForm unavailabilityForm = new UnavailabilityForm();
    private String filterTrainer;
    private String filterSite;
    private VisitStatus filterStatus;
    private String feedUrl;
    private transient ScheduleModel schedule;
    private transient List<SiteVisit> myVisits;
    private transient List<StaffUser> trainers;
    private transient List<Site> siteList;
    private transient List<TrainerUnavailability> unavailability;
    private transient Boolean hasFeed;

    public void load() {
        if (unavailabilityForm.getTrainer() == null) {
            unavailabilityForm.setTrainer(visits.caller());
            unavailabilityForm.setZone(staffTimes.getZone().getId());
            form.setFormat(VisitFormat.ON_SITE);
            String reference = Faces.getRequestParameter("inquiry");
            if (reference != null) {
                // Booking from an inquiry's page ({@code ?inquiry=LEAD-…}).
                inquiries.find(reference).ifPresent(form::answer);
            }
        }
    }

    // ---- the calendar and lists

    /** The calendar loads the visits of the weeks it shows, whenever it shows others, and no more. */
    public ScheduleModel getSchedule() {
        if (schedule == null) {
            schedule = new LazyScheduleModel() {
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime start, LocalDateTime end) {
                    // A day either side: the calendar shows each visit in its site's time, up to a day off UTC.
                    var window = new VisitFilter(start.minusDays(1).toInstant(ZoneOffset.UTC),
                            end.plusDays(1).toInstant(ZoneOffset.UTC), filterTrainer, filterSite, filterStatus);
                    visits.find(window).forEach(shown -> addEvent(event(shown)));
                }
            };
        }
        return schedule;
    }

    private static DefaultScheduleEvent<Long> event(SiteVisit shown) {
        ZoneId zone = shown.getZone();
        // Local times of the site (the calendar shows times as given); the zone is named in the title.
        return DefaultScheduleEvent.<Long>builder()
                .title(EventTimes.time(shown.getStartsAt(), zone) + " " + shown.getPurpose() + " – "
                        + shown.getSite().getName() + " (" + shown.getStatus().getLabel() + ")")
                .startDate(LocalDateTime.ofInstant(shown.getStartsAt(), zone))
                .endDate(LocalDateTime.ofInstant(shown.getEndsAt(), zone))
                .url("/staff/visits/" + shown.getId())
                .data(shown.getId())
                .editable(shown.getStatus().isBlocking())
                .styleClass("visit-" + shown.getStatus().name().toLowerCase())
                .build();
    }

    public void filter() {
        schedule = null;
    }

    /** Dragging a visit on the calendar: the same change as rescheduling it, refused the same way. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        SiteVisit moved = visits.find((Long) event.getScheduleEvent().getData());
        schedule = null;
        myVisits = null;
        if (moved.getStatus() == VisitStatus.CONFIRMED) {
            // A confirmed visit changes only with a reason, which the visit's page asks for.
            Messages.addGlobalError("“" + moved.getPurpose() + "” is confirmed: reschedule it on its page, giving the reason.");
            return;
        }
        VisitForm change = VisitForm.of(moved);
        change.setStart(shift(change.getStart(), event));
        change.setEnd(shift(change.getEnd(), event));
        if (Refusals.attempt(() -> visits.update(moved.getId(), change))) {
            Messages.addGlobalInfo("Moved “" + moved.getPurpose() + "” to "
                    + EventTimes.dateTime(change.getStart().atZone(moved.getZone()).toInstant(), moved.getZone()) + ".");
        }
    }

    private static LocalDateTime shift(LocalDateTime time, ScheduleEntryMoveEvent event) {
        return time.plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta()).plusDays(event.getDayDelta())
                .plusMinutes(event.getMinuteDelta());
    }

    /** The signed-in user's own visits that hold time in the coming 13 months, soonest first. */
    public List<SiteVisit> getMyVisits() {
        if (myVisits == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            myVisits = visits.find(VisitFilter.days(today, today.plus(VisitFilter.MAX_WINDOW), visits.caller(), null,
                            null)).stream()
                    .filter(mine -> mine.getEndsAt().isAfter(Instant.now()))
                    .filter(mine -> mine.getStatus().isBlocking()).toList();
        }
        return myVisits;
    }

    /** Active trainers, the signed-in one first. */
    public List<StaffUser> getTrainers() {
        if (trainers == null) {
            trainers = visits.trainers();
        }
        return trainers;
    }

    public List<Site> getSites() {
        if (siteList == null) {
            siteList = sites.all(SiteFilter.ALL);
        }
        return siteList;
    }

    public VisitStatus[] getStatuses() {
        return VisitStatus.values();
    }

    public VisitFormat[] getFormats() {
        return VisitFormat.values();
    }

    public List<String> getViewerZones() {
        return staffTimes.getZones();
    }

    // ---- booking

    public void create() {
        SiteVisit[] created = new SiteVisit[1];
        if (Refusals.attempt(() -> created[0] = visits.create(form))) {
            Messages.addFlashGlobalInfo("Visit booked: “" + created[0].getPurpose() + "” is requested.");
            Faces.redirect("/staff/visits/" + created[0].getId());
        }
    }

    // ---- unavailability and feed

    public List<TrainerUnavailability> getUnavailability() {
        if (unavailability == null) {
            unavailability = availability.unavailability(visits.caller());
        }
        return unavailability;
    }

    public void addUnavailability() {
        if (Refusals.attempt(() -> availability.addUnavailability(unavailabilityForm))) {
            Messages.addGlobalInfo("Unavailability recorded.");
            String trainer = unavailabilityForm.getTrainer();
            String zone = unavailabilityForm.getZone();
            unavailabilityForm = new UnavailabilityForm();
            unavailabilityForm.setTrainer(trainer);
            unavailabilityForm.setZone(zone);
            unavailability = null;
        }
    }

    public void removeUnavailability(long id) {
        if (Refusals.attempt(() -> availability.removeUnavailability(id))) {
            Messages.addGlobalInfo("Unavailability removed.");
        }
        unavailability = null;
    }

    public boolean isHasFeed() {
        if (hasFeed == null) {
            hasFeed = feeds.hasFeed();
        }
        return hasFeed;
    }

    public void newFeed() {
        feedUrl = feeds.newFeedUrl();
        hasFeed = true;
        Messages.addGlobalInfo("Your feed address is ready: copy it into your calendar app.");
    }

    public void revokeFeed() {
        feeds.revokeFeed();
        feedUrl = null;
        hasFeed = false;
        Messages.addGlobalInfo("Your calendar feed is revoked: its address no longer works.");
    }

    // ---- shown times

    /** "Monday, March 15, 2027, 9:00 AM MDT – …" in the visit's (site's) or period's zone. */
    public String range(Instant start, Instant end, ZoneId zone) {
        return EventTimes.range(start, end, zone);
    }

    public VisitForm getForm() {
        return form;
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
