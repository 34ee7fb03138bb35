package org.leadbureau.portal.training.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadbureau.portal.platform.view.PagedTableModel;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingSummary;

/** {@code /staff/trainings}: every training, drafts and cancelled ones too, latest first, a page at a time. */
@Named
@ViewScoped
public class StaffTrainingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingAdmin admin;

    private final PagedTableModel<TrainingSummary> trainings = new PagedTableModel<>(() -> admin.count(),
            (page, sort, ascending) -> admin.rows(page), TrainingSummary::getSlug);

    public PagedTableModel<TrainingSummary> getTrainings() {
        return trainings;
    }
}
