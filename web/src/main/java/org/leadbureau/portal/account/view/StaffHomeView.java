package org.leadbureau.portal.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.account.entity.StaffUser;

/** The staff dashboard at {@code /staff}: who is signed in and where they can go. */
@Named
@RequestScoped
public class StaffHomeView {

    @Inject
    Accounts accounts;

    private StaffUser me;

    public StaffUser getMe() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }

    public String getRoleList() {
        return getMe().getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
