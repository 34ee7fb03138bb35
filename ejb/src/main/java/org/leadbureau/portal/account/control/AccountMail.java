package org.leadbureau.portal.account.control;

import java.time.Duration;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.mail.control.MailBody;
import org.leadbureau.portal.mail.control.MailMessage;

/** The messages staff receive about their own account: an invitation, a password reset. */
public final class AccountMail {

    private static final String SIGNATURE = "LEAD National Support Bureau";

    private final String baseUrl;

    public AccountMail(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Where the secret of a one-time link is used: the page that sets a password. */
    public String setPasswordUrl(String token) {
        return baseUrl + "/set-password?token=" + token;
    }

    public MailMessage invitation(StaffUser user, String token, Duration validity) {
        MailBody body = greeting(user)
                .paragraph("An account on the LEAD Bureau Portal has been created for you (" + user.getEmail()
                        + "). To start, choose your password with the link below. The link works once and expires in "
                        + describe(validity) + "; if it has expired, ask an administrator to send a new one.")
                .link("Choose your password", setPasswordUrl(token));
        return message(user, "Your LEAD Bureau Portal account", body);
    }

    /** {@code forced}: an administrator asked for it, so the old password no longer works. */
    public MailMessage passwordReset(StaffUser user, String token, Duration validity, boolean forced) {
        MailBody body = greeting(user);
        if (forced) {
            body.paragraph("An administrator has reset the password of your LEAD Bureau Portal account. Your old"
                    + " password no longer works; choose a new one with the link below.");
        } else {
            body.paragraph("Someone (we hope you) asked to reset the password of your LEAD Bureau Portal account."
                    + " If it was not you, ignore this message: your password stays as it is.");
        }
        body.paragraph("The link works once and expires in " + describe(validity)
                        + ". After that, ask for a new one on the sign-in page.")
                .link("Choose a new password", setPasswordUrl(token));
        return message(user, "Reset your LEAD Bureau Portal password", body);
    }

    static String describe(Duration validity) {
        if (validity.toDays() >= 1 && validity.toHoursPart() == 0) {
            return validity.toDays() == 1 ? "one day" : validity.toDays() + " days";
        }
        long hours = validity.toHours();
        if (hours >= 1 && validity.toMinutesPart() == 0) {
            return hours == 1 ? "one hour" : hours + " hours";
        }
        return validity.toMinutes() + " minutes";
    }

    private static MailBody greeting(StaffUser user) {
        return new MailBody().paragraph("Dear " + user.getDisplayName() + ",").signature(SIGNATURE);
    }

    private static MailMessage message(StaffUser user, String subject, MailBody body) {
        return new MailMessage(user.getEmail(), subject, body.text(), body.html());
    }
}
