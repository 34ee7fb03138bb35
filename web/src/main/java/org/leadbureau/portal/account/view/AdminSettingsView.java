package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadbureau.portal.account.boundary.SecondFactor;
import org.omnifaces.util.Messages;

/** ADMIN's portal-wide settings on {@code /staff/admin}. */
@Named
@ViewScoped
public class AdminSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactor secondFactor;

    private Boolean secondFactorRequired;

    public boolean isSecondFactorRequired() {
        if (secondFactorRequired == null) {
            secondFactorRequired = secondFactor.isRequiredForAdmins();
        }
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean required) {
        this.secondFactorRequired = required;
    }

    public void save() {
        secondFactor.requireForAdmins(secondFactorRequired);
        Messages.addGlobalInfo(secondFactorRequired
                ? "Administrators now need two-step sign-in; those without it will be asked to set it up."
                : "Two-step sign-in is now optional for administrators.");
    }
}
