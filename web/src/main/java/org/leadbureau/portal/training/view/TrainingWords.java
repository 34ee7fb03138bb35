package org.leadbureau.portal.training.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * A training's time and seats as the public pages say them, in the visitor's language (the API keeps its English
 * {@code when} and {@code availability}).
 */
@Named
@RequestScoped
public class TrainingWords {

    @Inject
    VisitorLanguage language;

    /** "Monday, March 16, 2026, 10:00 AM – 12:00 PM PDT", "lunes, 16 de marzo de 2026, 10:00 a. m. – …". */
    public String when(TrainingSummary training) {
        return EventTimes.range(training.getStart(), training.getEnd(), training.training().getZone(), language.current());
    }

    /** "12 seats left", "Quedan 12 lugares", "Full – waitlist open" or "Cancelled". */
    public String availability(TrainingSummary training) {
        return training.getStatus() == TrainingStatus.CANCELLED ? Texts.text(language.current(), "trainings.cancelled")
                : Texts.text(language.current(), "trainings.seatsLeft", training.getSeatsLeft());
    }
}
