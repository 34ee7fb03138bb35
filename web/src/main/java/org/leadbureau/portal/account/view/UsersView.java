package org.leadbureau.portal.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.account.boundary.NewStaffUser;
import org.leadbureau.portal.account.boundary.PasswordLinks;
import org.leadbureau.portal.account.boundary.SecondFactor;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.view.PagedTableModel;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.util.Messages;

/** ADMIN's account management at {@code /staff/admin/users}. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    SecondFactor secondFactor;

    /** The accounts a page at a time; each page read also resets the roles ticked in its rows to the stored ones. */
    private final PagedTableModel<StaffUser> users = new PagedTableModel<>(() -> accounts.count(),
            (page, sort, ascending) -> withRoles(accounts.rows(page)), user -> String.valueOf(user.getId()));
    /** The roles ticked in each row, by user id, edited in place. */
    private final Map<Long, List<Role>> rolesById = new HashMap<>();

    private String email;
    private String name;
    private List<Role> roles = new ArrayList<>();
    private String password;

    public PagedTableModel<StaffUser> getUsers() {
        return users;
    }

    private List<StaffUser> withRoles(List<StaffUser> page) {
        page.forEach(user -> rolesById.put(user.getId(), new ArrayList<>(user.getRoles())));
        return page;
    }

    public void create() {
        StaffUser[] created = new StaffUser[1];
        if (Refusals.attempt(() -> created[0] = createOrExplain())) {
            Messages.addGlobalInfo(created[0].isAwaitingPassword()
                    ? "Invitation emailed to " + created[0].getEmail() + "."
                    : "Account created for " + created[0].getEmail() + ".");
            email = null;
            name = null;
            roles = new ArrayList<>();
            password = null;
        }
    }

    /**
     * An account that exists already is a problem with the email given, so it is shown next to that input, in the
     * same round as the form's other errors.
     */
    private StaffUser createOrExplain() {
        try {
            return accounts.create(new NewStaffUser(email, name, toSet(roles), password));
        } catch (ConflictException exists) {
            throw new InvalidInputException("email", exists.getMessage());
        } catch (RuntimeException refused) {
            if (email == null || !accounts.hasAccount(email)) {
                throw refused;
            }
            Refusals.show(refused);
            throw new InvalidInputException("email", "An account with the email " + email.strip() + " already exists.");
        }
    }

    public void saveRoles(StaffUser user) {
        act(() -> accounts.changeRoles(user.getId(), toSet(rolesById.get(user.getId()))),
                "Roles of " + user.getEmail() + " saved.");
    }

    public void deactivate(StaffUser user) {
        act(() -> accounts.deactivate(user.getId()), user.getEmail() + " can no longer sign in.");
    }

    public void forceReset(StaffUser user) {
        act(() -> passwordLinks.forceReset(user.getId()),
                "The password of " + user.getEmail() + " no longer works; a reset link has been emailed.");
    }

    public void unlock(StaffUser user) {
        act(() -> accounts.unlock(user.getId()), "Failed sign-ins of " + user.getEmail() + " no longer hold it back.");
    }

    public void resetSecondFactor(StaffUser user) {
        act(() -> secondFactor.reset(user.getId()), "Two-step sign-in of " + user.getEmail()
                + " is off: they sign in with their password and set it up again.");
    }

    public void activate(StaffUser user) {
        act(() -> accounts.activate(user.getId()), user.getEmail() + " can sign in again.");
    }

    private void act(Runnable action, String done) {
        if (Refusals.attempt(action)) {
            Messages.addGlobalInfo(done);
        }
    }

    private static Set<Role> toSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Map<Long, List<Role>> getRolesById() {
        return rolesById;
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

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
