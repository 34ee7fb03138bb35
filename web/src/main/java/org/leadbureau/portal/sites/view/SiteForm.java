package org.leadbureau.portal.sites.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.leadbureau.portal.platform.view.WholeForm;
import org.leadbureau.portal.sites.control.SiteInput;
import org.leadbureau.portal.sites.control.SiteInputs;
import org.leadbureau.portal.sites.entity.Site;

/** The staff form's fields, as typed: checked by the boundary, which names each wrong field. */
public class SiteForm implements Serializable, WholeForm.Rules {

    private static final long serialVersionUID = 1L;

    private String name;
    private String jurisdiction;
    private String state;
    private String status = "EXPLORING";
    private String launched;
    private String sourceUrl;
    private String notes;
    private String website;
    private String organisation;
    private String description;
    private String timeZone;
    private String latitude;
    private String longitude;
    /** From the date picker, which refuses a wrongly written day next to the field. */
    private LocalDate lastVerified;

    static SiteForm of(Site site) {
        var form = new SiteForm();
        form.name = site.getName();
        form.jurisdiction = site.getJurisdiction();
        form.state = site.getState().name();
        form.status = site.getStatus().name();
        form.launched = site.getLaunched() == null ? null : site.getLaunched().iso();
        form.sourceUrl = site.getSourceUrl();
        form.notes = site.getNotes();
        form.website = site.getWebsite();
        form.organisation = site.getOrganisation();
        form.description = site.getDescription();
        form.timeZone = site.getTimeZone();
        form.latitude = site.getLatitude() == null ? null : site.getLatitude().toString();
        form.longitude = site.getLongitude() == null ? null : site.getLongitude().toString();
        form.lastVerified = site.getLastVerified();
        return form;
    }

    SiteInput toInput() {
        return new SiteInput(name, jurisdiction, state, status, launched, sourceUrl, notes, website, organisation,
                description, timeZone, latitude, longitude, Objects.toString(lastVerified, null));
    }

    /** The boundary's own check, so that a day written wrongly is reported with the rest of the form. */
    @Override
    public Map<String, String> problems() {
        return SiteInputs.check(toInput()).errors();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getLaunched() {
        return launched;
    }

    public void setLaunched(String launched) {
        this.launched = launched;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(LocalDate lastVerified) {
        this.lastVerified = lastVerified;
    }
}
