package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadbureau.portal.account.boundary.FirstAdministrator;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.platform.view.Pages;
import org.omnifaces.util.Faces;

/** {@code /setup?token=...}: the first administrator chooses their password, once. */
@Named
@ViewScoped
public class SetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirstAdministrator firstAdministrator;

    private String token;
    private String email;
    private String name;
    private String password;

    /** An unknown, used or expired link is a page that does not exist. */
    public void load() {
        if (!firstAdministrator.isSetupLink(token)) {
            Pages.notFound();
        }
    }

    public void complete() {
        if (Refusals.attempt(() -> firstAdministrator.completeSetup(token, email, name, password))) {
            Faces.redirect("/login?next=/staff");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
