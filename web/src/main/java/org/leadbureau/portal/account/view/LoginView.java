package org.leadbureau.portal.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
import java.time.Instant;
import org.leadbureau.portal.account.boundary.SignInResult;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.security.PortalAuthenticationMechanism;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The staff sign-in page, {@code /login?next=...}. */
@Named
@RequestScoped
public class LoginView {

    private static final String DEFAULT_TARGET = "/staff";

    @Inject
    SecurityContext securityContext;

    private String email;
    private String password;
    private String code;

    /** Someone already signed in goes straight on. */
    public void load() {
        if (Faces.getRemoteUser() != null) {
            Faces.redirect(target());
        } else if ("true".equals(Faces.getRequestParameter("signedOut"))) {
            Messages.addGlobalInfo(Texts.text("auth.signedOut"));
        }
    }

    public void signIn() {
        Faces.setRequestAttribute(PortalAuthenticationMechanism.SIGN_IN_CODE, code);
        var credential = new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password));
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect(target());
            return;
        }
        SignInResult result = Faces.getRequestAttribute(PortalAuthenticationMechanism.SIGN_IN_RESULT);
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED) {
            long minutes = Math.max(1, (Duration.between(Instant.now(), result.retryAfter()).toSeconds() + 59) / 60);
            Messages.addError("login:password", Texts.text("auth.locked", minutes));
        } else if (result != null && result.outcome() == SignInResult.Outcome.SECOND_FACTOR_REQUIRED) {
            Messages.addError("login:code", Texts.text("auth.codeRequired"));
        } else if (result != null && result.outcome() == SignInResult.Outcome.INVALID_CODE) {
            Messages.addError("login:code", Texts.text("auth.codeWrong"));
        } else {
            Messages.addError("login:password", Texts.text("auth.wrong"));
        }
        Faces.getResponse().setStatus(200);
    }

    /**
     * The page asked for, {@code next}: in the address of the sign-in page, and in the form's own field when it is
     * posted (a stateless view keeps no view parameter between the two).
     */
    private static String target() {
        String next = Faces.getRequestParameter("next");
        return PortalAuthenticationMechanism.isLocalPath(next) ? next : DEFAULT_TARGET;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
