package org.leadbureau.portal.training.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.training.boundary.Trainings;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.time.EventTimes;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;

/** {@code /trainings}: the upcoming trainings as a list and as a calendar. */
@Named
@RequestScoped
public class TrainingListView {

    @Inject
    Trainings trainings;

    @Inject
    VisitorLanguage language;

    private List<TrainingSummary> upcoming;
    private ScheduleModel schedule;

    @PostConstruct
    void load() {
        upcoming = trainings.upcoming();
        schedule = new DefaultScheduleModel();
        for (TrainingSummary training : upcoming) {
            // Each event at its own local time (the calendar shows local times as given), its zone in the title.
            var zone = training.training().getZone();
            schedule.addEvent(DefaultScheduleEvent.builder()
                    .title(EventTimes.time(training.getStart(), zone, language.current()) + " " + training.getTitle())
                    .startDate(LocalDateTime.ofInstant(training.getStart(), zone))
                    .endDate(LocalDateTime.ofInstant(training.getEnd(), zone))
                    .url("/trainings/" + training.getSlug())
                    .build());
        }
    }

    public List<TrainingSummary> getUpcoming() {
        return upcoming;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    /** The month the calendar opens on: that of the first upcoming training. */
    public LocalDate getInitialDate() {
        return upcoming.isEmpty() ? null
                : LocalDate.ofInstant(upcoming.get(0).getStart(), upcoming.get(0).training().getZone());
    }
}
