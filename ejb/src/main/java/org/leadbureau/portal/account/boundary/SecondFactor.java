package org.leadbureau.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.leadbureau.portal.account.control.PasswordHasher;
import org.leadbureau.portal.account.control.RecoveryCodes;
import org.leadbureau.portal.account.control.Totp;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.PortalSetting;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.account.entity.TotpRecoveryCode;
import org.leadbureau.portal.platform.security.SecureTokens;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;

/** Two-step sign-in with an authenticator app (TOTP): each user opts in; ADMIN can require it of administrators. */
@Stateless
public class SecondFactor {

    private static final String NOT_THE_PASSWORD = "This is not your current password.";

    static final int RECOVERY_CODES = 10;
    public static final String ISSUER = "LEAD Bureau Portal";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    AuthenticatorSecrets secrets;

    @Inject
    Clock clock;

    /** A fresh secret to show as a QR code; nothing is stored until {@link #enable} confirms a code from it. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public String newSecret() {
        return Totp.newSecret();
    }

    /**
     * Turns two-step sign-in on, or moves it to a new app, once the app shows a right code and the password is
     * given again (a session left open is not enough); answers the new recovery codes, shown once.
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public List<String> enable(String currentPassword, String secret, String code) {
        StaffUser user = accounts.me();
        boolean replacing = user.isTotpEnabled();
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), null);
        // Both fields are judged before refusing, so that the page says all that is wrong at once.
        Map<String, String> wrong = new LinkedHashMap<>();
        if (step.isEmpty()) {
            wrong.put("code", "That code is not right. Enter the 6-digit code your app shows now.");
        }
        if (!isPassword(user, currentPassword)) {
            wrong.put("currentPassword", NOT_THE_PASSWORD);
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        user.enableTotp(secrets.seal(secret));
        user.acceptTotpStep(step.getAsLong());
        audit.record(replacing ? Action.TOTP_REPLACED : Action.TOTP_ENABLED, user.getEmail(), null);
        return newRecoveryCodes(user);
    }

    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public void disable(String currentPassword) {
        StaffUser user = accounts.me();
        requirePassword(user, currentPassword);
        if (user.hasRole(Role.ADMIN) && isRequiredForAdmins()) {
            throw new InvalidInputException("currentPassword", "Administrators must keep two-step sign-in.");
        }
        turnOff(user);
        audit.record(Action.TOTP_DISABLED, user.getEmail(), null);
    }

    /**
     * ADMIN turns off another account's two-step sign-in, e.g. after a lost phone: the person signs in with their
     * password and sets it up again (an administrator must, when it is required of them).
     */
    @RolesAllowed(Roles.ADMIN)
    public StaffUser reset(long userId) {
        StaffUser user = em.find(StaffUser.class, userId);
        if (user == null) {
            throw new NotFoundException("There is no such account.");
        }
        turnOff(user);
        audit.record(Action.TOTP_RESET, user.getEmail(), null);
        return user;
    }

    private void turnOff(StaffUser user) {
        user.disableTotp();
        em.createNamedQuery(TotpRecoveryCode.DELETE_FOR_USER).setParameter("user", user).executeUpdate();
    }

    private static void requirePassword(StaffUser user, String currentPassword) {
        if (!isPassword(user, currentPassword)) {
            throw new InvalidInputException("currentPassword", NOT_THE_PASSWORD);
        }
    }

    private static boolean isPassword(StaffUser user, String currentPassword) {
        return currentPassword != null && new PasswordHasher().verify(currentPassword, user.getPasswordHash());
    }

    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.TRAINER})
    public int unusedRecoveryCodes() {
        return em.createNamedQuery(TotpRecoveryCode.FIND_UNUSED, TotpRecoveryCode.class)
                .setParameter("user", accounts.me()).getResultList().size();
    }

    @PermitAll
    public boolean isRequiredForAdmins() {
        return setting().isOn();
    }

    @RolesAllowed(Roles.ADMIN)
    public void requireForAdmins(boolean required) {
        setting().turn(required);
        audit.record(Action.SETTING_CHANGED, PortalSetting.TOTP_REQUIRED_FOR_ADMINS, Boolean.toString(required));
    }

    /** Whether this signed-in user must set up two-step sign-in before doing anything else. */
    @PermitAll
    public boolean mustEnrol(String email) {
        return isRequiredForAdmins() && em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", email).getResultStream()
                .anyMatch(user -> user.hasRole(Role.ADMIN) && !user.isTotpEnabled());
    }

    private List<String> newRecoveryCodes(StaffUser user) {
        em.createNamedQuery(TotpRecoveryCode.DELETE_FOR_USER).setParameter("user", user).executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = RecoveryCodes.newCode();
            em.persist(new TotpRecoveryCode(user, SecureTokens.hash(RecoveryCodes.normalise(code))));
            codes.add(code);
        }
        return codes;
    }

    private PortalSetting setting() {
        return em.find(PortalSetting.class, PortalSetting.TOTP_REQUIRED_FOR_ADMINS);
    }
}
