package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadbureau.portal.account.boundary.PasswordLinks;
import org.leadbureau.portal.account.entity.AccountToken.Purpose;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /set-password?token=…}: an invited user chooses their password, or a user resets it, through the emailed link. */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordLinks passwordLinks;

    private String token;
    private Purpose purpose;
    private String password;

    public void load() {
        purpose = passwordLinks.purposeOf(token).orElse(null);
    }

    public void save() {
        try {
            passwordLinks.setPassword(token, password);
            Messages.addFlashGlobalInfo(Texts.text("auth.passwordSet"));
            Faces.redirect("/login?next=/staff");
        } catch (InvalidInputException refusal) {
            if (refusal.getFieldErrors().containsKey("token")) {
                purpose = null;
            }
            Refusals.show(refusal);
        }
    }

    /** False for an unknown, used or expired link: the page says so and offers a new one. */
    public boolean isUsable() {
        return purpose != null;
    }

    public boolean isInvitation() {
        return purpose == Purpose.INVITATION;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
