package org.leadbureau.portal.visits.rest;

import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitDates;
import org.leadbureau.portal.visits.entity.VisitReport;

/**
 * A site visit as the API answers it (JSON-B writes the components; those that are null are left out): local times
 * in the site's zone (named), and the same instants in UTC; {@code history} only for one visit.
 */
public record VisitJson(long id, String site, String siteName, String purpose, String topics, String format,
                        String status, String start, String end, String zone, Instant startUtc, Instant endUtc,
                        List<String> trainers, String contactName, String contactEmail, int sequence, String agenda,
                        String statusReason, String inquiry, Report report, List<HistoryEntry> history) {

    public record Report(String summary, String recommendations, String followUps) {
    }

    public record HistoryEntry(Instant at, String by, String action, String detail) {
    }

    static VisitJson of(SiteVisit visit, boolean withHistory) {
        VisitReport report = visit.getReport();
        return new VisitJson(visit.getId(), visit.getSite().getSlug(), visit.getSite().getName(), visit.getPurpose(),
                visit.getTopics(), visit.getFormat().name(), visit.getStatus().name(),
                VisitDates.local(visit.getStartsAt(), visit.getZone()), VisitDates.local(visit.getEndsAt(), visit.getZone()),
                visit.getZone().getId(), visit.getStartsAt(), visit.getEndsAt(), visit.getTrainerEmails(),
                visit.getContactName(), visit.getContactEmail(), visit.getSequence(), visit.getAgenda(),
                visit.getStatusReason(), visit.getInquiry() == null ? null : visit.getInquiry().getReference(),
                report == null ? null : new Report(report.summary(), report.recommendations(), report.followUps()),
                withHistory ? visit.getHistory().stream().map(entry -> new HistoryEntry(entry.getOccurredAt(),
                        entry.getActor(), entry.getAction(), entry.getDetail())).toList() : null);
    }
}
