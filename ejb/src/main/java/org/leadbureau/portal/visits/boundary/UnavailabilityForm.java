package org.leadbureau.portal.visits.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.platform.time.Zones;

/** A period a trainer is not available, in local date-times of {@code zone}; {@code trainer} is their email. */
public class UnavailabilityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Please choose the trainer.")
    @SingleLine
    private String trainer;

    @NotNull(message = "Please give the start (date and time).")
    private LocalDateTime start;

    @NotNull(message = "Please give the end (date and time).")
    private LocalDateTime end;

    @NotBlank(message = "Please give the time zone, e.g. America/Chicago.")
    @SingleLine
    private String zone;

    @MaxLength(value = 500, message = "Please keep the reason under 500 characters.")
    private String reason;

    @AssertTrue(message = "The end must be after the start.")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    @AssertTrue(message = "The time zone is not known; use a name like America/Chicago.")
    public boolean isZoneKnown() {
        return zone == null || zone.isBlank() || zoneId() != null;
    }

    ZoneId zoneId() {
        return Zones.parse(zone);
    }

    public String getTrainer() { return trainer; }
    public void setTrainer(String trainer) { this.trainer = trainer; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
