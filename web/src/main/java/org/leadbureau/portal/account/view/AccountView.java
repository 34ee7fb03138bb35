package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.account.boundary.SecondFactor;
import org.leadbureau.portal.account.control.Totp;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.security.PortalAuthenticationMechanism;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.time.Zones;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** A signed-in user's own account at {@code /staff/account}: time zone, change password, two-step sign-in. */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    SecondFactor secondFactor;

    private String timeZone;
    private String currentPassword;
    private String newPassword;

    /** Set while enrolling: the secret shown as a QR code until a code from it confirms it. */
    private String pendingSecret;
    private String code;
    /** Asked again to turn two-step sign-in on or move it to a new app, as to turn it off. */
    private String enablePassword;
    private List<String> recoveryCodes = List.of();
    private String disablePassword;

    public void changePassword() {
        try {
            Instant changedAt = accounts.changeOwnPassword(currentPassword, newPassword);
            // This session proved the new password; other sessions of the account end.
            Faces.setSessionAttribute(PortalAuthenticationMechanism.SESSION_CREDENTIALS_AT, changedAt);
            Messages.addGlobalInfo("Your password has been changed. You stay signed in here; other sessions end.");
        } catch (InvalidInputException refusal) {
            Refusals.show(refusal);
        }
        currentPassword = null;
        newPassword = null;
    }

    /** The zone the user reads staff pages' times in; empty for the Bureau's. */
    public String getTimeZone() {
        if (timeZone == null) {
            timeZone = accounts.me().getTimeZone().map(ZoneId::getId).orElse("");
        }
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getTimeZones() {
        return Zones.regionZones();
    }

    public String getBureauZone() {
        return EventTimes.zoneName(PortalConfig.bureauZone());
    }

    public void saveTimeZone() {
        if (Refusals.attempt(() -> accounts.chooseMyTimeZone(timeZone))) {
            Messages.addGlobalInfo(timeZone == null || timeZone.isBlank() ? "Times are now shown in the Bureau's zone."
                    : "Times are now shown in " + EventTimes.zoneName(ZoneId.of(timeZone)) + ".");
        }
    }

    public boolean isSecondFactorOn() {
        return accounts.me().isTotpEnabled();
    }

    public boolean isSecondFactorRequired() {
        return "required".equals(Faces.getRequestParameter("secondFactor"));
    }

    public int getUnusedRecoveryCodes() {
        return secondFactor.unusedRecoveryCodes();
    }

    public void startSecondFactor() {
        pendingSecret = secondFactor.newSecret();
    }

    public void confirmSecondFactor() {
        try {
            recoveryCodes = secondFactor.enable(enablePassword, pendingSecret, code);
            pendingSecret = null;
            Messages.addGlobalInfo("Two-step sign-in is on. Keep your recovery codes somewhere safe.");
        } catch (InvalidInputException refusal) {
            Refusals.show(refusal);
        }
        code = null;
        enablePassword = null;
    }

    public void turnOffSecondFactor() {
        try {
            secondFactor.disable(disablePassword);
            Messages.addGlobalInfo("Two-step sign-in is off.");
        } catch (InvalidInputException refusal) {
            Refusals.show(refusal);
        }
        disablePassword = null;
    }

    public String getQrCode() {
        return pendingSecret == null ? null
                : QrCodes.svgDataUri(Totp.provisioningUri(SecondFactor.ISSUER, accounts.me().getEmail(), pendingSecret));
    }

    public String getPendingSecret() {
        return pendingSecret;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEnablePassword() {
        return enablePassword;
    }

    public void setEnablePassword(String enablePassword) {
        this.enablePassword = enablePassword;
    }

    public String getDisablePassword() {
        return disablePassword;
    }

    public void setDisablePassword(String disablePassword) {
        this.disablePassword = disablePassword;
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
