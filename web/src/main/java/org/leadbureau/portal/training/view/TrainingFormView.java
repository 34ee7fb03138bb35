package org.leadbureau.portal.training.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.time.Zones;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingForm;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingFormat;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The training form for staff: {@code /staff/trainings/new} creates a training, {@code /staff/trainings/<slug>/edit}
 * changes one. Which page {@code /staff/trainings/…} is, is decided here ({@link #isList()}, {@link #isEditing()});
 * the roster is {@link TrainingRosterView}'s.
 */
@Named
@ViewScoped
public class TrainingFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";
    static final String EDIT = "edit";

    @Inject
    TrainingAdmin admin;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String subpage;

    private TrainingForm form;
    private String trainingTitle;

    public void load() {
        if (form != null) {
            return;
        }
        if (isCreating()) {
            if (subpage != null) {
                Pages.notFound();
                return;
            }
            form = new TrainingForm();
            form.setFormat(TrainingFormat.VIRTUAL);
            form.setZone(Zones.VIEWER_ZONES.get(0));
            return;
        }
        try {
            TrainingSummary summary = admin.summary(slug);
            Training training = summary.training();
            trainingTitle = summary.getTitle();
            form = TrainingForm.of(training.details(), training.getStatus());
        } catch (NotFoundException unknown) {
            Pages.notFound();
        }
    }

    public void save() {
        String[] saved = new String[1];
        if (Refusals.attempt(() -> saved[0] = isCreating() ? admin.create(form).getSlug() : admin.update(slug, form).getSlug())) {
            Messages.addFlashGlobalInfo(isCreating() ? "Created as a draft: publish it when it is ready." : "Saved.");
            Faces.redirect("/staff/trainings/" + saved[0]);
        }
    }

    /** {@code /staff/trainings}: the list of trainings. */
    public boolean isList() {
        return slug == null;
    }

    public boolean isCreating() {
        return NEW.equals(slug);
    }

    public boolean isEditing() {
        return isCreating() || EDIT.equals(subpage);
    }

    public String getPageTitle() {
        return isCreating() ? "New training" : "Edit " + (trainingTitle == null ? "training" : trainingTitle);
    }

    public TrainingFormat[] getFormats() {
        return TrainingFormat.values();
    }

    /** The zones offered, and the training's own when it is another. */
    public List<String> getZones() {
        List<String> zones = new ArrayList<>(Zones.VIEWER_ZONES);
        if (form != null && form.getZone() != null && !zones.contains(form.getZone())) {
            zones.add(0, form.getZone());
        }
        return zones;
    }

    public String getTrainingTitle() {
        return trainingTitle;
    }

    public String getSlug() {
        return slug;
    }

    public TrainingForm getForm() {
        return form;
    }
}
