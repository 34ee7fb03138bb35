package org.leadbureau.portal.visits.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.SiteVisitHistory;
import org.leadbureau.portal.visits.entity.VisitDates;
import org.leadbureau.portal.visits.entity.VisitReport;

/** A site visit as the API answers it: local times in the site's zone (named), and the same instants in UTC. */
final class VisitJson {

    private VisitJson() {
    }

    static JsonObject of(SiteVisit visit, boolean withHistory) {
        JsonArrayBuilder trainers = Json.createArrayBuilder();
        visit.getTrainerEmails().forEach(trainers::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", visit.getId())
                .add("site", visit.getSite().getSlug())
                .add("siteName", visit.getSite().getName())
                .add("purpose", visit.getPurpose())
                .add("topics", visit.getTopics())
                .add("format", visit.getFormat().name())
                .add("status", visit.getStatus().name())
                .add("start", VisitDates.local(visit.getStartsAt(), visit.getZone()))
                .add("end", VisitDates.local(visit.getEndsAt(), visit.getZone()))
                .add("zone", visit.getZone().getId())
                .add("startUtc", visit.getStartsAt().toString())
                .add("endUtc", visit.getEndsAt().toString())
                .add("trainers", trainers)
                .add("contactName", visit.getContactName())
                .add("contactEmail", visit.getContactEmail())
                .add("sequence", visit.getSequence());
        optional(json, "agenda", visit.getAgenda());
        optional(json, "statusReason", visit.getStatusReason());
        optional(json, "inquiry", visit.getInquiry() == null ? null : visit.getInquiry().getReference());
        VisitReport report = visit.getReport();
        if (report != null) {
            JsonObjectBuilder reportJson = Json.createObjectBuilder().add("summary", report.summary());
            optional(reportJson, "recommendations", report.recommendations());
            optional(reportJson, "followUps", report.followUps());
            json.add("report", reportJson);
        }
        if (withHistory) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            for (SiteVisitHistory entry : visit.getHistory()) {
                history.add(Json.createObjectBuilder()
                        .add("at", entry.getOccurredAt().toString())
                        .add("by", entry.getActor())
                        .add("action", entry.getAction())
                        .add("detail", entry.getDetail()));
            }
            json.add("history", history);
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
