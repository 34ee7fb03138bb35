package org.leadbureau.portal.visits.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.visits.entity.VisitReport;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * A move of a visit along its statuses ({@code POST /api/staff/visits/{id}/status}): cancelling needs a
 * {@code reason}, completing a report ({@code summary}, optionally {@code recommendations} and {@code followUps}).
 */
public class StatusForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Please choose the new status.")
    private VisitStatus status;

    @MaxLength(value = 1000, message = "Please keep the reason under 1000 characters.")
    private String reason;

    @MaxLength(value = 20000, message = "Please keep the summary under 20,000 characters.")
    private String summary;

    @MaxLength(value = 20000, message = "Please keep the recommendations under 20,000 characters.")
    private String recommendations;

    @MaxLength(value = 20000, message = "Please keep the follow-ups under 20,000 characters.")
    private String followUps;

    public StatusForm() {
    }

    public StatusForm(VisitStatus status, String reason) {
        this.status = status;
        this.reason = reason;
    }

    VisitReport report() {
        return new VisitReport(summary, recommendations, followUps);
    }

    public VisitStatus getStatus() { return status; }
    public void setStatus(VisitStatus status) { this.status = status; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
    public String getFollowUps() { return followUps; }
    public void setFollowUps(String followUps) { this.followUps = followUps; }
}
