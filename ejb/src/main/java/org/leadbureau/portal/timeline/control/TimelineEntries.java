package org.leadbureau.portal.timeline.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.platform.text.PlainText;
import org.leadbureau.portal.timeline.boundary.TimelineEntry;
import org.leadbureau.portal.timeline.boundary.TimelineKind;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.visits.entity.SiteVisit;

/** How each kind of event reads in a site's timeline: a title, a line of detail in words, and its staff page. */
final class TimelineEntries {

    /** A report's opening: enough to recall the visit, the whole report is a link away. */
    static final int REPORT_OPENING = 300;

    private TimelineEntries() {
    }

    static TimelineEntry inquiry(Inquiry inquiry) {
        String from = inquiry.getOrganisation().isBlank() ? inquiry.getName()
                : inquiry.getName() + ", " + inquiry.getOrganisation();
        return new TimelineEntry(TimelineKind.INQUIRY, inquiry.getCreatedAt(),
                "Inquiry " + inquiry.getReference() + " from " + from,
                "Stage: " + inquiry.getStage().getLabel() + PlainText.ITEM_SEPARATOR + inquiry.getStatus().getLabel(),
                "/staff/inquiries/" + inquiry.getReference());
    }

    static TimelineEntry visit(SiteVisit visit) {
        List<String> detail = new ArrayList<>();
        detail.add(visit.getStatus().getLabel());
        detail.add(visit.getFormat().getLabel());
        String summary = visit.getReport() == null ? null : visit.getReport().summary();
        if (summary != null && !summary.isBlank()) {
            String opening = TextLength.truncate(summary.strip(), REPORT_OPENING);
            detail.add("Report: " + opening + (opening.length() < summary.strip().length() ? "…" : ""));
        }
        return new TimelineEntry(TimelineKind.VISIT, visit.getStartsAt(), "Site visit: " + visit.getPurpose(),
                String.join(PlainText.ITEM_SEPARATOR, detail), "/staff/visits/" + visit.getId());
    }

    /** {@code fromSite}: how many of the site's people hold each status on the training's roster. */
    static TimelineEntry training(Training training, Map<RegistrationStatus, Long> fromSite) {
        List<String> counts = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            long count = fromSite.getOrDefault(status, 0L);
            if (count > 0 && status != RegistrationStatus.CANCELLED) {
                counts.add(count + " " + status.getLabel().toLowerCase(Locale.ROOT));
            }
        }
        return new TimelineEntry(TimelineKind.TRAINING, training.getStartsAt(), "Training: " + training.getTitle(),
                "From this site: " + String.join(", ", counts), "/staff/trainings/" + training.getSlug());
    }

    /** An answered evaluation: of a training (its title and slug) or of a site visit (its id and purpose). */
    record Answer(Instant answeredAt, Integer overall, Integer usefulness, Boolean recommend, String trainingTitle,
                  String trainingSlug, Long visitId, String visitPurpose) {
    }

    static TimelineEntry evaluation(Answer answer) {
        boolean training = answer.trainingSlug() != null;
        List<String> detail = new ArrayList<>();
        detail.add("Overall " + answer.overall() + " of 5");
        detail.add("useful for their work " + answer.usefulness() + " of 5");
        detail.add(Boolean.TRUE.equals(answer.recommend()) ? "would recommend it" : "would not recommend it");
        return new TimelineEntry(TimelineKind.EVALUATION, answer.answeredAt(),
                training ? "Evaluation of the training: " + answer.trainingTitle()
                        : "Evaluation of the site visit: " + answer.visitPurpose(),
                String.join(PlainText.ITEM_SEPARATOR, detail),
                (training ? "/staff/trainings/" + answer.trainingSlug() : "/staff/visits/" + answer.visitId())
                        + "#evaluations-title");
    }
}
