package org.leadbureau.portal.training.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingSummary;

/** {@code /staff/trainings}: every training, drafts and cancelled ones too, latest first. */
@Named
@RequestScoped
public class StaffTrainingsView {

    @Inject
    TrainingAdmin admin;

    private List<TrainingSummary> trainings;

    public List<TrainingSummary> getTrainings() {
        if (trainings == null) {
            trainings = admin.all();
        }
        return trainings;
    }
}
