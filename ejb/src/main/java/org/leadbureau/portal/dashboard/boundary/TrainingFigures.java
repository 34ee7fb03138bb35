package org.leadbureau.portal.dashboard.boundary;

import java.io.Serializable;

/**
 * The trainings delivered in a period: how many, the seats their registrants held at the end (confirmed or
 * attended), how many attended, the share that attended (null without seats) and the average overall evaluation
 * score (1–5) of the trainings that started in the period (null without answered evaluations).
 */
public record TrainingFigures(long delivered, long registrations, long attended, Double attendanceRate,
                              Double averageOverall) implements Serializable {

    public static TrainingFigures of(long delivered, long registrations, long attended, Double averageOverall) {
        return new TrainingFigures(delivered, registrations, attended,
                registrations == 0 ? null : (double) attended / registrations, averageOverall);
    }
}
