package org.leadbureau.portal.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leadbureau.portal.account.boundary.PasswordLinks;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.view.Refusals;

/** {@code /forgot-password}: asks for a reset link; the answer is the same whether or not the account exists. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordLinks passwordLinks;

    private String email;
    private boolean requested;

    public void request() {
        try {
            passwordLinks.requestReset(email);
            requested = true;
        } catch (InvalidInputException refusal) {
            Refusals.show(refusal);
        }
    }

    public boolean isRequested() {
        return requested;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
