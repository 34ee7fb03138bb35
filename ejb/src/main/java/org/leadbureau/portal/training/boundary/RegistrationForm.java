package org.leadbureau.portal.training.boundary;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.training.entity.Registrant;

/**
 * What a person fills in to register, from the form or the API (JSON: name, email, organisation, role, jurisdiction,
 * site, answers). The messages are keys of ValidationMessages*.properties: pages and the API say them in the
 * visitor's language.
 */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{registration.name.required}")
    @MaxLength(value = 200, message = "{registration.name.tooLong}")
    @SingleLine
    private String name;

    @NotBlank(message = "{registration.email.required}")
    @EmailAddress
    @MaxLength(value = 320, message = "{registration.email.tooLong}")
    @SingleLine
    private String email;

    @MaxLength(value = 200, message = "{registration.organisation.tooLong}")
    @SingleLine
    private String organisation;

    @MaxLength(value = 200, message = "{registration.role.tooLong}")
    @SingleLine
    private String role;

    @MaxLength(value = 200, message = "{registration.jurisdiction.tooLong}")
    @SingleLine
    private String jurisdiction;

    /** The slug of the registrant's LEAD site or community in the directory (optional). */
    @MaxLength(value = 80, message = "{registration.site.unknown}")
    @SingleLine
    private String site;

    @MaxLength(value = 2000, message = "{registration.answers.tooLong}")
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
