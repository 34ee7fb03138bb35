package org.leadbureau.portal.sites.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.sites.boundary.SiteEditor;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.omnifaces.cdi.Param;

/**
 * {@code /staff/sites/new} creates a site; {@code /staff/sites/<slug>} edits one, records status changes,
 * retires or reinstates it and marks it verified. Errors are shown next to their fields.
 */
@Named
@ViewScoped
public class StaffSiteView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEW = "new";

    @Inject
    SiteEditor editor;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private Site site;
    private SiteForm form;
    private Map<String, String> errors = Map.of();
    private String message;
    private String newStatus;
    private String effectiveOn;
    private String statusNote;
    private String retireReason;

    public void load() {
        if (slug == null || form != null) {
            return;
        }
        if (extraSegment != null) {
            Pages.notFound();
        } else if (NEW.equals(slug)) {
            form = new SiteForm();
        } else {
            site = editor.find(slug).orElse(null);
            if (site == null) {
                Pages.notFound();
                return;
            }
            reload();
        }
    }

    public void save() throws IOException {
        errors = Map.of();
        try {
            if (site == null) {
                Site created = editor.create(form.toInput());
                FacesContext.getCurrentInstance().getExternalContext().redirect("/staff/sites/" + created.getSlug());
                return;
            }
            editor.update(site.getSlug(), form.toInput());
            reload();
            message = "Saved.";
        } catch (InvalidInputException e) {
            errors = e.getFieldErrors();
            message = e.getMessage();
        }
    }

    public void changeStatus() {
        errors = Map.of();
        SiteStatus status = SiteStatus.fromCode(newStatus);
        LocalDate since = null;
        try {
            since = effectiveOn == null || effectiveOn.isBlank() ? null : LocalDate.parse(effectiveOn.strip());
        } catch (DateTimeParseException e) {
            errors = Map.of("effectiveOn", "Give a date as YYYY-MM-DD, or leave it empty for today.");
        }
        if (status == null) {
            errors = Map.of("newStatus", "Choose the new status.");
        }
        if (!errors.isEmpty()) {
            message = "The status change needs correcting.";
            return;
        }
        try {
            editor.changeStatus(site.getSlug(), status, since, statusNote);
            reload();
            message = "Status recorded.";
            statusNote = null;
            effectiveOn = null;
        } catch (InvalidInputException e) {
            errors = e.getFieldErrors();
            message = e.getMessage();
        }
    }

    public void retire() {
        editor.retire(site.getSlug(), retireReason);
        reload();
        message = "Retired: the site is no longer in the public directory.";
    }

    public void publish() {
        editor.publish(site.getSlug());
        reload();
        message = "Published: the site is in the public directory.";
    }

    public void reinstate() {
        editor.reinstate(site.getSlug());
        reload();
        message = "The site is back in the public directory.";
    }

    public void markVerified() {
        editor.markVerified(site.getSlug());
        reload();
        message = "Marked as verified today.";
    }

    private void reload() {
        site = editor.find(site.getSlug()).orElseThrow();
        form = SiteForm.of(site);
        newStatus = site.getStatus().name();
    }

    public boolean isCreating() {
        return site == null;
    }

    public String getSlug() {
        return slug;
    }

    public Site getSite() {
        return site;
    }

    public SiteForm getForm() {
        return form;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getMessage() {
        return message;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public void setStatusNote(String statusNote) {
        this.statusNote = statusNote;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }
}
