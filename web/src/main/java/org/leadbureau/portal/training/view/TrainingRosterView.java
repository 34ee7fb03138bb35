package org.leadbureau.portal.training.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.control.RosterFilter;
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
    @Inject
    transient TrainingAdmin admin;

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
    private transient List<Registration> roster;

    /** One line of the roster; {@code position} is the place on the waitlist (1 is next), or null. */
    public static final class Row {
        private final Registration registration;
        private final Integer position;
        private final String registeredAt;

        Row(Registration registration, Integer position) {
            this.registration = registration;
            this.position = position;
            this.registeredAt = EventTimes.dateTime(registration.getCreatedAt(), registration.getTraining().getZone());
        }

        public Registration getRegistration() {
            return registration;
        }

        public Integer getPosition() {
            return position;
        }

        public String getRegisteredAt() {
            return registeredAt;
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
        act(() -> admin.checkIn(registrationId), "Checked in.");
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

    private void act(Runnable action, String done) {
        if (Refusals.attempt(action)) {
            Messages.addGlobalInfo(done);
        }
        summary = null;
        roster = null;
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

    private List<Registration> roster() {
        if (roster == null) {
            roster = admin.roster(slug, RosterFilter.ALL);
        }
        return roster;
    }

    /** The registrations the filter shows, with each waitlisted person's place. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        int position = 0;
        RosterFilter filter = filter();
        // The roster lists the waitlist in order, so counting along gives each person's place.
        for (Registration registration : roster()) {
            Integer place = registration.getStatus() == RegistrationStatus.WAITLISTED ? ++position : null;
            if (filter.matches(registration)) {
                rows.add(new Row(registration, place));
            }
        }
        return rows;
    }

    /**
     * How many registrations have each status, whatever the filter; keyed by the status's name, since EL looks a map
     * up with the string the page writes ({@code counts['WAITLISTED']}), which an enum key never equals.
     */
    public Map<String, Long> getCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (RegistrationStatus each : RegistrationStatus.values()) {
            counts.put(each.name(), roster().stream().filter(registration -> registration.getStatus() == each).count());
        }
        return counts;
    }

    /** A plain link to the CSV of what the filter shows (the export is audited by the API). */
    public String getExportLink() {
        RosterFilter filter = filter();
        StringBuilder link = new StringBuilder("/api/staff/trainings/").append(slug).append("/registrations?format=csv");
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
        return pendingCancel == null ? null
                : roster().stream().filter(registration -> registration.getId().equals(pendingCancel)).findFirst().orElse(null);
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
