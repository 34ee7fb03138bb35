package org.leadbureau.portal.training.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.time.Zones;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingForm;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.control.RosterFilter;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingFormat;
import org.leadbureau.portal.training.entity.TrainingStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One training for staff. {@code /staff/trainings/new} creates one and {@code /staff/trainings/<slug>/edit} changes
 * it; {@code /staff/trainings/<slug>} is its roster: publish or cancel the training (cancelling asks first), seat
 * someone from the waitlist, check people in, cancel a registration (asks first), filter by status and text
 * ({@code ?status=&q=}, so a filtered roster can be bookmarked) and export what the filter shows as CSV.
 */
@Named
@ViewScoped
public class StaffTrainingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";
    static final String EDIT = "edit";
    private static final String DEFAULT_ZONE = "America/New_York";
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
    private TrainingForm form;
    private boolean loaded;
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
        if (slug == null || loaded) {
            return;
        }
        loaded = true;
        if (NEW.equals(slug)) {
            if (subpage != null) {
                Pages.notFound();
                return;
            }
            form = new TrainingForm();
            form.setFormat(TrainingFormat.VIRTUAL);
            form.setZone(DEFAULT_ZONE);
            return;
        }
        if (subpage != null && !EDIT.equals(subpage) || getSummary() == null) {
            Pages.notFound();
            return;
        }
        if (isEditing()) {
            Training training = summary.training();
            form = TrainingForm.of(training.details(), training.getStatus());
        }
    }

    public void save() {
        String[] saved = new String[1];
        if (Refusals.attempt(() -> saved[0] = isCreating() ? admin.create(form).getSlug() : admin.update(slug, form).getSlug())) {
            Messages.addFlashGlobalInfo(isCreating() ? "Created as a draft: publish it when it is ready." : "Saved.");
            Faces.redirect("/staff/trainings/" + saved[0]);
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
        if (summary == null && slug != null && !NEW.equals(slug)) {
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

    /** How many registrations have each status, whatever the filter. */
    public Map<RegistrationStatus, Long> getCounts() {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus each : RegistrationStatus.values()) {
            counts.put(each, roster().stream().filter(registration -> registration.getStatus() == each).count());
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
        if (slug == null) {
            return "Trainings";
        }
        if (isCreating()) {
            return "New training";
        }
        TrainingSummary shown = getSummary();
        String title = shown == null ? "Training" : shown.getTitle();
        return isEditing() ? "Edit " + title : "Roster: " + title;
    }

    public boolean isCreating() {
        return NEW.equals(slug);
    }

    public boolean isEditing() {
        return isCreating() || EDIT.equals(subpage);
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

    public TrainingFormat[] getFormats() {
        return TrainingFormat.values();
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    /** The zones offered, and the training's own when it is another. */
    public List<String> getZones() {
        List<String> zones = new ArrayList<>(Zones.VIEWER_ZONES);
        if (form != null && form.getZone() != null && !zones.contains(form.getZone())) {
            zones.add(0, form.getZone());
        }
        return zones;
    }

    public String getSlug() {
        return slug;
    }

    public TrainingForm getForm() {
        return form;
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
