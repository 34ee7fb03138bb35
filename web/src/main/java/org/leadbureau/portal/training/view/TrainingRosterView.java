package org.leadbureau.portal.training.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.sites.boundary.SiteChoice;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.control.RosterFilter;
import org.leadbureau.portal.training.control.RosterRow;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.TrainingStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * {@code /staff/trainings/<slug>}: one training's roster for staff. Publish or cancel the training (cancelling asks
 * first), seat someone from the waitlist, check people in, cancel a registration (asks first), filter by status and
 * text ({@code ?status=&q=}, so a filtered roster can be bookmarked) and export what the filter shows as CSV.
 */
@Named
@ViewScoped
public class TrainingRosterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROSTER_PAGE = 50;

    @Inject
    TrainingAdmin admin;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String subpage;

    private String status;
    private String q;
    private boolean confirmingCancel;
    private Long pendingCancel;
    private transient TrainingSummary summary;
    private String page;
    private transient Page<RosterRow> roster;
    private transient Map<String, Long> counts;
    private transient Registration pending;
    private Long placing;
    private transient Registration placingRow;
    private SiteChoice placeAt;

    /** One line of the roster; {@code position} is the place on the waitlist (1 is next), or null. */
    public static final class Row {
        private final Registration registration;
        private final Integer position;

        Row(RosterRow row) {
            this.registration = row.getRegistration();
            this.position = row.getPosition();
        }

        public Registration getRegistration() {
            return registration;
        }

        public Integer getPosition() {
            return position;
        }
    }

    public void load() {
        if (subpage != null || getSummary() == null) {
            Pages.notFound();
        }
    }

    public void publish() {
        act(() -> admin.publish(slug), "Published: it is listed on /trainings and open for registration.");
    }

    public void askToCancel() {
        confirmingCancel = true;
    }

    public void cancelTraining() {
        confirmingCancel = false;
        act(() -> admin.cancel(slug), "The training is cancelled; every registrant has been told by email.");
    }

    public void keepTraining() {
        confirmingCancel = false;
    }

    public void promote(long registrationId) {
        act(() -> admin.promoteByHand(registrationId), "Moved off the waitlist into a seat; they have been told by email.");
    }

    public void checkIn(long registrationId) {
        act(() -> admin.checkIn(registrationId), "Checked in. Pressed by mistake? Use \"Undo check-in\" on their row.");
    }

    public void undoCheckIn(long registrationId) {
        act(() -> admin.undoCheckIn(registrationId), "Check-in undone: they are confirmed again.");
    }

    public void askToCancelRegistration(long registrationId) {
        pendingCancel = registrationId;
    }

    public void cancelRegistration() {
        long registrationId = pendingCancel;
        pendingCancel = null;
        act(() -> admin.cancelRegistration(registrationId), "The registration is cancelled; they have been told by email.");
    }

    public void keepRegistration() {
        pendingCancel = null;
    }

    /** Opens the correction of a registrant's site, with their present one chosen. */
    public void askToPlace(long registrationId) {
        pendingCancel = null;
        placing = registrationId;
        Registration registration = admin.registration(slug, registrationId);
        placeAt = registration.getSite() == null ? null : SiteChoice.of(registration.getSite());
    }

    public void place() {
        long registrationId = placing;
        String chosen = placeAt == null ? null : placeAt.slug();
        act(() -> {
            admin.placeRegistration(registrationId, chosen);
            placing = null;
        }, placeAt == null ? "Site removed from the registration." : "Site changed to " + placeAt.label() + ".");
    }

    public void keepPlace() {
        placing = null;
    }

    public Registration getPlacingRegistration() {
        if (placing == null) {
            return null;
        }
        if (placingRow == null || !placingRow.getId().equals(placing)) {
            placingRow = admin.registration(slug, placing);
        }
        return placingRow;
    }

    public SiteChoice getPlaceAt() {
        return placeAt;
    }

    public void setPlaceAt(SiteChoice placeAt) {
        this.placeAt = placeAt;
    }

    private void act(Runnable action, String done) {
        if (Refusals.attempt(action)) {
            Messages.addGlobalInfo(done);
        }
        summary = null;
        roster = null;
        counts = null;
    }

    public TrainingSummary getSummary() {
        if (summary == null && slug != null) {
            try {
                summary = admin.summary(slug);
            } catch (NotFoundException unknown) {
                return null;
            }
        }
        return summary;
    }

    /** The page of the roster the URL asks for ({@code page=}, from 1); the database filters and pages it. */
    private Page<RosterRow> roster() {
        if (roster == null) {
            roster = admin.roster(slug, filter(), PageRequest.fromAddress(page, ROSTER_PAGE));
        }
        return roster;
    }

    /** The registrations of the page the filter shows, with each waitlisted person's place. */
    public List<Row> getRows() {
        return roster().items().stream().map(Row::new).toList();
    }

    /**
     * How many registrations have each status, whatever the filter; keyed by the status's name, since EL looks a map
     * up with the string the page writes ({@code counts['WAITLISTED']}), which an enum key never equals.
     */
    public Map<String, Long> getCounts() {
        if (counts == null) {
            counts = new HashMap<>();
            admin.rosterCounts(slug).forEach((status, count) -> counts.put(status.name(), count));
        }
        return counts;
    }

    public int getRosterPage() {
        return roster().page();
    }

    public int getRosterPageCount() {
        return (int) Math.max(1, (roster().total() + ROSTER_PAGE - 1) / ROSTER_PAGE);
    }

    /** The roster with the same filter, on another page. */
    public String pageUrl(int number) {
        return withFilter(new StringBuilder("/staff/trainings/").append(slug).append("?page=").append(number));
    }

    /** A plain link to the CSV of what the filter shows (the export is audited by the API). */
    public String getExportLink() {
        return withFilter(new StringBuilder("/api/staff/trainings/").append(slug).append("/registrations?format=csv"));
    }

    private String withFilter(StringBuilder link) {
        RosterFilter filter = filter();
        if (filter.getStatus() != null) {
            link.append("&status=").append(filter.getStatus().name());
        }
        if (filter.getText() != null) {
            link.append("&q=").append(URLEncoder.encode(filter.getText(), StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private RosterFilter filter() {
        RegistrationStatus chosen = null;
        for (RegistrationStatus each : RegistrationStatus.values()) {
            if (each.name().equals(status)) {
                chosen = each;
            }
        }
        return RosterFilter.of(chosen, q);
    }

    public boolean isFiltered() {
        RosterFilter filter = filter();
        return filter.getStatus() != null || filter.getText() != null;
    }

    public Registration getPendingRegistration() {
        if (pendingCancel == null) {
            return null;
        }
        if (pending == null || !pending.getId().equals(pendingCancel)) {
            pending = admin.registration(slug, pendingCancel);
        }
        return pending;
    }

    public String getPageTitle() {
        TrainingSummary shown = getSummary();
        return "Roster: " + (shown == null ? "training" : shown.getTitle());
    }

    public boolean isDraft() {
        return getSummary() != null && summary.getStatus() == TrainingStatus.DRAFT;
    }

    public boolean isCancelled() {
        return getSummary() != null && summary.getStatus() == TrainingStatus.CANCELLED;
    }

    public String getZoneName() {
        return getSummary() == null ? null : EventTimes.zoneName(summary.training().getZone());
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    public String getSlug() {
        return slug;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
