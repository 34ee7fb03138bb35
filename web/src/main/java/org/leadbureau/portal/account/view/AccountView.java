package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.platform.validation.InvalidInput;
import org.leadbureau.portal.platform.view.FieldMessages;
import org.omnifaces.util.Messages;

/** A signed-in user's own account at {@code /staff/account}: change password. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    private String currentPassword;
    private String newPassword;

    public void changePassword() {
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            Messages.addGlobalInfo("Your password has been changed.");
        } catch (InvalidInput refusal) {
            FieldMessages.show(refusal, Map.of("currentPassword", "password:current", "newPassword", "password:new"));
        }
        currentPassword = null;
        newPassword = null;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
