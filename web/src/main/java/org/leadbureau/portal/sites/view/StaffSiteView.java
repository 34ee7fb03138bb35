package org.leadbureau.portal.sites.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.sites.boundary.SiteEditor;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /staff/sites/new} creates a site; {@code /staff/sites/<slug>} edits one, records status changes,
 * retires or reinstates it and marks it verified. Refusals are shown as everywhere ({@link Refusals}): next to
 * their fields.
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
    private String newStatus;
    /** The day the new status took effect; null for today. */
    private LocalDate effectiveOn;
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

    public void save() {
        if (site == null) {
            Refusals.attempt(() -> Faces.redirect("/staff/sites/" + editor.create(form.toInput()).getSlug()));
        } else if (Refusals.attempt(() -> editor.update(site.getSlug(), form.toInput()))) {
            reload();
            Messages.addGlobalInfo("Saved.");
        }
    }

    public void changeStatus() {
        if (Refusals.attempt(() -> editor.changeStatus(site.getSlug(), status(newStatus), effectiveOn, statusNote))) {
            reload();
            Messages.addGlobalInfo("Status recorded.");
            statusNote = null;
            effectiveOn = null;
        }
    }

    private static SiteStatus status(String code) {
        SiteStatus status = SiteStatus.fromCode(code);
        if (status == null) {
            throw new InvalidInputException("newStatus", "Choose the new status.");
        }
        return status;
    }

    public void retire() {
        editor.retire(site.getSlug(), retireReason);
        reload();
        Messages.addGlobalInfo("Retired: the site is no longer in the public directory.");
    }

    public void publish() {
        editor.publish(site.getSlug());
        reload();
        Messages.addGlobalInfo("Published: the site is in the public directory.");
    }

    public void reinstate() {
        editor.reinstate(site.getSlug());
        reload();
        Messages.addGlobalInfo("The site is back in the public directory.");
    }

    public void markVerified() {
        editor.markVerified(site.getSlug());
        reload();
        Messages.addGlobalInfo("Marked as verified today.");
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

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
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
