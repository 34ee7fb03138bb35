package org.leadbureau.portal.training.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.platform.time.Zones;
import org.leadbureau.portal.training.entity.TrainingDetails;
import org.leadbureau.portal.training.entity.TrainingFormat;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * A training as staff enter it (page or {@code /api/staff/trainings}): start, end and the registration window are
 * local date-times in {@code zone}, e.g. "2027-03-15T10:00" in "America/Los_Angeles"; the window is optional.
 */
public class TrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Please give the training a title.")
    @MaxLength(value = 200, message = "Please keep the title under 200 characters.")
    @SingleLine
    private String title;

    @NotBlank(message = "Please describe the training.")
    @MaxLength(value = 20000, message = "Please keep the description under 20,000 characters.")
    private String description;

    @MaxLength(value = 500, message = "Please keep the topics under 500 characters.")
    @SingleLine
    private String topics;

    @MaxLength(value = 300, message = "Please keep the audience under 300 characters.")
    @SingleLine
    private String audience;

    @NotNull(message = "Please choose the format.")
    private TrainingFormat format;

    @NotNull(message = "Please give the start (date and time).")
    private LocalDateTime start;

    @NotNull(message = "Please give the end (date and time).")
    private LocalDateTime end;

    @NotBlank(message = "Please give the time zone, e.g. America/Chicago.")
    @SingleLine
    private String zone;

    @Min(value = 1, message = "A training has at least one seat.")
    @Max(value = 100000, message = "Please enter a realistic capacity.")
    private int capacity = 30;

    private TrainingStatus status = TrainingStatus.DRAFT;

    @MaxLength(value = 500, message = "Please keep the venue under 500 characters.")
    @SingleLine
    private String venue;

    @MaxLength(value = 500, message = "Please keep the join link under 500 characters.")
    @Pattern(regexp = "(https://\\S+)?", message = "The join link must be an https:// address.")
    @SingleLine
    private String joinLink;

    private LocalDateTime registrationOpens;

    private LocalDateTime registrationCloses;

    @MaxLength(value = 1000, message = "Please keep the questions under 1000 characters.")
    private String questions;

    @AssertTrue(message = "The time zone is not known; use a name like America/Chicago.")
    public boolean isZoneKnown() {
        return zone == null || zone.isBlank() || zoneId() != null;
    }

    @AssertTrue(message = "The end must be after the start.")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    @AssertTrue(message = "Registration must close after it opens.")
    public boolean isRegistrationClosesAfterOpens() {
        return registrationOpens == null || registrationCloses == null || registrationCloses.isAfter(registrationOpens);
    }

    @AssertTrue(message = "An in-person or hybrid training needs a venue.")
    public boolean isVenueGiven() {
        return format == null || !format.hasVenue() || (venue != null && !venue.isBlank());
    }

    TrainingDetails details() {
        ZoneId id = zoneId();
        return new TrainingDetails(title, description, topics, audience, format, start.atZone(id).toInstant(),
                end.atZone(id).toInstant(), id, venue, joinLink, capacity,
                registrationOpens == null ? null : registrationOpens.atZone(id).toInstant(),
                registrationCloses == null ? null : registrationCloses.atZone(id).toInstant(),
                questions == null ? List.of() : Arrays.asList(questions.split("\\R")));
    }

    private ZoneId zoneId() {
        return Zones.parse(zone);
    }

    /** A form filled with a training's current details, for editing. */
    public static TrainingForm of(TrainingDetails details, TrainingStatus status) {
        var form = new TrainingForm();
        ZoneId zone = details.zone();
        form.title = details.title();
        form.description = details.description();
        form.topics = details.topics();
        form.audience = details.audience();
        form.format = details.format();
        form.start = LocalDateTime.ofInstant(details.start(), zone);
        form.end = LocalDateTime.ofInstant(details.end(), zone);
        form.zone = zone.getId();
        form.capacity = details.capacity();
        form.status = status;
        form.venue = details.venue();
        form.joinLink = details.joinLink();
        form.registrationOpens = details.opens() == null ? null : LocalDateTime.ofInstant(details.opens(), zone);
        form.registrationCloses = details.closes() == null ? null : LocalDateTime.ofInstant(details.closes(), zone);
        form.questions = String.join("\n", details.questions());
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public TrainingFormat getFormat() { return format; }
    public void setFormat(TrainingFormat format) { this.format = format; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public TrainingStatus getStatus() { return status; }
    public void setStatus(TrainingStatus status) { this.status = status; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getJoinLink() { return joinLink; }
    public void setJoinLink(String joinLink) { this.joinLink = joinLink; }
    public LocalDateTime getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(LocalDateTime registrationOpens) { this.registrationOpens = registrationOpens; }
    public LocalDateTime getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(LocalDateTime registrationCloses) { this.registrationCloses = registrationCloses; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
}
