package org.leadbureau.portal.training.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.control.Seats;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingFormat;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * A training as the public sees it, with its seats: what the list, the page and {@code GET /api/trainings} show.
 * The join link is not part of it (confirmed registrants see it on their own page). A class with getters, for
 * Faces EL and JSON-B alike.
 */
public class TrainingSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Training training;
    private final long seated;
    private final long seatsLeft;
    private final boolean registrationOpen;

    public TrainingSummary(Training training, long seated, Instant now) {
        this.training = training;
        this.seated = seated;
        this.seatsLeft = Seats.left(training.getCapacity(), seated);
        this.registrationOpen = training.registrationRefusal(now).isEmpty();
    }

    /** The trainings of a list with their seats taken ({@code seated} by training id; none when missing). */
    static List<TrainingSummary> of(List<Training> trainings, Map<Long, Long> seated, Instant now) {
        return trainings.stream()
                .map(training -> new TrainingSummary(training, seated.getOrDefault(training.getId(), 0L), now))
                .toList();
    }

    public String getSlug() {
        return training.getSlug();
    }

    public String getTitle() {
        return training.getTitle();
    }

    /** A made-up example event (PORTAL_DEMO): pages say so. */
    public boolean isDemo() {
        return training.isDemo();
    }

    public String getDescription() {
        return training.getDescription();
    }

    public String getTopics() {
        return training.getTopics();
    }

    public String getAudience() {
        return training.getAudience();
    }

    public TrainingFormat getFormat() {
        return training.getFormat();
    }

    public String getFormatLabel() {
        return training.getFormat().getLabel();
    }

    public Instant getStart() {
        return training.getStartsAt();
    }

    public Instant getEnd() {
        return training.getEndsAt();
    }

    public String getZone() {
        return training.getZone().getId();
    }

    /** "Monday, March 16, 2026, 10:00 AM – 12:00 PM PDT". */
    public String getWhen() {
        return EventTimes.range(training.getStartsAt(), training.getEndsAt(), training.getZone());
    }

    public String getVenue() {
        return training.getFormat().hasVenue() ? training.getVenue() : null;
    }

    public int getCapacity() {
        return training.getCapacity();
    }

    /** Seats taken: confirmed and attended registrations. */
    public long getSeated() {
        return seated;
    }

    public long getSeatsLeft() {
        return seatsLeft;
    }

    /** "12 seats left", "1 seat left" or "Full – waitlist open". */
    public String getAvailability() {
        if (training.getStatus() == TrainingStatus.CANCELLED) {
            return "Cancelled";
        }
        if (seatsLeft == 0) {
            return "Full – waitlist open";
        }
        return seatsLeft + (seatsLeft == 1 ? " seat left" : " seats left");
    }

    public TrainingStatus getStatus() {
        return training.getStatus();
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public Instant getRegistrationOpens() {
        return training.getRegistrationOpensAt();
    }

    public Instant getRegistrationCloses() {
        return training.getRegistrationClosesAt();
    }

    public List<String> getQuestions() {
        return training.getQuestions();
    }

    /** The training itself, for callers inside the portal (not serialised). */
    public Training training() {
        return training;
    }
}
