package org.leadbureau.portal.training.boundary;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.training.entity.Registrant;

/** What a person fills in to register, from the form or the API (JSON: name, email, organisation, role, jurisdiction, site, answers). */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Please enter your name.")
    @MaxLength(value = 200, message = "Please keep your name under 200 characters.")
    @SingleLine
    private String name;

    @NotBlank(message = "Please enter your email address.")
    @EmailAddress
    @MaxLength(value = 320, message = "Please enter a shorter email address.")
    @SingleLine
    private String email;

    @MaxLength(value = 200, message = "Please keep the organisation under 200 characters.")
    @SingleLine
    private String organisation;

    @MaxLength(value = 200, message = "Please keep the role under 200 characters.")
    @SingleLine
    private String role;

    @MaxLength(value = 200, message = "Please keep the jurisdiction under 200 characters.")
    @SingleLine
    private String jurisdiction;

    /** The slug of the registrant's LEAD site or community in the directory (optional). */
    @MaxLength(value = 80, message = "Choose your site from the directory's list, or leave the field empty.")
    @SingleLine
    private String site;

    @MaxLength(value = 2000, message = "Please keep your answers under 2000 characters.")
    private String answers;

    Registrant registrant() {
        return new Registrant(name, email, organisation, role, jurisdiction, answers);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }
}
