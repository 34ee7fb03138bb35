package org.leadbureau.portal.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.account.control.PasswordHasher;
import org.leadbureau.portal.account.control.PasswordPolicy;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.SignInAttempt;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.platform.time.Zones;

/** Staff accounts: ADMIN manages them; every signed-in user manages their own password. */
@Stateless
public class Accounts {

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    Clock clock;

    @Inject
    Event<AccessWithdrawn> withdrawn;

    /** One page of the accounts, by name. */
    @RolesAllowed(Roles.ADMIN)
    public Page<StaffUser> page(@NotNull PageRequest page) {
        return new Page<>(rows(page), count(), page);
    }

    /** The rows of one page alone, for a table that counts separately. */
    @RolesAllowed(Roles.ADMIN)
    public List<StaffUser> rows(@NotNull PageRequest page) {
        return em.createNamedQuery(StaffUser.FIND_ALL, StaffUser.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    /** Whether an account has this address, for a form that reports it together with its other errors. */
    @RolesAllowed(Roles.ADMIN)
    public boolean hasAccount(String email) {
        try {
            return findByEmail(StaffUser.normaliseEmail(email)).isPresent();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffUser find(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new InvalidInputException("id", "There is no such account.");
        }
        return user;
    }

    /** Creates an account with its first password, or, without one, emails the user an invitation to choose it. */
    @RolesAllowed(Roles.ADMIN)
    public StaffUser create(@NotNull @Valid NewStaffUser request) {
        StaffUser user = newUser(request.email(), request.name(), request.roles());
        if (findByEmail(user.getEmail()).isPresent()) {
            throw new ConflictException("An account with the email " + user.getEmail() + " already exists.");
        }
        boolean invite = request.password() == null || request.password().isEmpty();
        if (!invite) {
            user.setPasswordHash(hashAcceptable("password", request.password()), clock.instant());
        }
        em.persist(user);
        audit.record(Action.USER_CREATED, user.getEmail(), "roles " + user.getRoles());
        if (invite) {
            passwordLinks.invite(user);
        }
        return user;
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffUser changeRoles(long id, Set<Role> roles) {
        StaffUser user = find(id);
        if (user.hasRole(Role.ADMIN) && (roles == null || !roles.contains(Role.ADMIN))) {
            requireAnotherActiveAdmin(user, "roles", "The last active administrator must keep the ADMIN role.");
        }
        try {
            user.changeRoles(roles);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("roles", e.getMessage());
        }
        audit.record(Action.ROLES_CHANGED, user.getEmail(), "roles " + user.getRoles());
        return user;
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffUser deactivate(long id) {
        StaffUser user = find(id);
        if (user.getEmail().equals(callerEmail())) {
            throw new InvalidInputException("id", "You cannot deactivate your own account.");
        }
        if (user.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdmin(user, "id", "The last active administrator cannot be deactivated.");
        }
        user.deactivate();
        withdrawn.fire(new AccessWithdrawn(user.getId()));
        audit.record(Action.USER_DEACTIVATED, user.getEmail(), null);
        return user;
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffUser activate(long id) {
        StaffUser user = find(id);
        user.activate();
        audit.record(Action.USER_ACTIVATED, user.getEmail(), null);
        return user;
    }

    /** Lifts the sign-in throttles on an account: its failures, from every address, no longer count. */
    @RolesAllowed(Roles.ADMIN)
    public StaffUser unlock(long id) {
        StaffUser user = em.find(StaffUser.class, id);
        if (user == null) {
            throw new NotFoundException("There is no such account.");
        }
        int cleared = em.createNamedQuery(SignInAttempt.DELETE_FAILURES_FOR_EMAIL)
                .setParameter("email", user.getEmail()).setParameter("failure", SignInAttempt.Outcome.FAILURE)
                .executeUpdate();
        audit.record(Action.SIGN_IN_UNLOCKED, user.getEmail(), cleared + " failed sign-ins no longer count");
        return user;
    }

    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public StaffUser me() {
        return findByEmail(callerEmail()).orElseThrow(() -> new IllegalStateException("Signed in without an account"));
    }

    /** The zone the caller reads times in: their own choice, else the Bureau's. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public ZoneId myTimeZone() {
        return me().getTimeZone().orElseGet(PortalConfig::bureauZone);
    }

    /** Sets the zone the caller reads times in; null goes back to the Bureau's. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public void chooseMyTimeZone(String zoneName) {
        ZoneId zone = null;
        if (zoneName != null && !zoneName.isBlank()) {
            zone = Zones.parse(zoneName);
            if (zone == null) {
                throw new InvalidInputException("timeZone", "Choose a time zone from the list.");
            }
        }
        me().chooseTimeZone(zone);
    }

    /** Answers when the new password was set: sessions signed in before then end, except the caller's own. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public Instant changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = me();
        // Both fields judged at once, so that the page shows every message in one round.
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            errors.put("currentPassword", "This is not your current password.");
        }
        PasswordPolicy.problemWith(newPassword).ifPresent(problem -> errors.put("newPassword", problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        user.setPasswordHash(hashAcceptable("newPassword", newPassword), now);
        audit.record(Action.PASSWORD_CHANGED, user.getEmail(), null);
        return now;
    }

    /** Name and roles are checked by Bean Validation on the way in; the email's shape is checked here. */
    StaffUser newUser(String email, String name, Set<Role> roles) {
        try {
            StaffUser.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("email", e.getMessage());
        }
        return new StaffUser(email, name, roles, clock.instant());
    }

    String hashAcceptable(String field, String password) {
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
        return hasher.hash(password);
    }

    Optional<StaffUser> findByEmail(String email) {
        return em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    private String callerEmail() {
        return session.getCallerPrincipal().getName();
    }

    private void requireAnotherActiveAdmin(StaffUser user, String field, String message) {
        long activeAdmins = em.createNamedQuery(StaffUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (activeAdmins <= (user.isActive() ? 1 : 0)) {
            throw new InvalidInputException(field, message);
        }
    }
}
