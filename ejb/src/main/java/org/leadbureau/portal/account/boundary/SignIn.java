package org.leadbureau.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.leadbureau.portal.account.control.PasswordHasher;
import org.leadbureau.portal.account.control.RecoveryCodes;
import org.leadbureau.portal.account.control.SignInThrottle;
import org.leadbureau.portal.account.control.Totp;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.SignInAttempt;
import org.leadbureau.portal.account.entity.SignInAttempt.Outcome;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.account.entity.TotpRecoveryCode;
import org.leadbureau.portal.platform.metrics.PortalMetrics;
import org.leadbureau.portal.platform.security.SecureTokens;
import org.leadbureau.portal.platform.time.EventTimes;

/**
 * Checks a staff member's email and password, for the sign-in page and HTTP Basic alike, with the same
 * throttling for both. Every attempt is recorded and committed, whatever its outcome.
 */
@Stateless
@PermitAll
public class SignIn {

    /** Compared against when the account does not exist, so that unknown emails take as long as known ones. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not a password anybody has");

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AuthenticatorSecrets secrets;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    /**
     * A sign-in on the page.
     *
     * @param code the authenticator app's code or a recovery code, for accounts with two-step sign-in; may be
     *             null, and the answer then asks for it once the password is right
     */
    public SignInResult attempt(String email, String password, String code, String clientAddress) {
        return attempt(email, password, code, clientAddress, true);
    }

    /**
     * A sign-in that cannot carry a second factor (HTTP Basic). For an account with two-step sign-in it answers
     * exactly like a wrong password and counts as a failure, so that it confirms nothing about the password.
     */
    public SignInResult attemptWithPasswordOnly(String email, String password, String clientAddress) {
        return attempt(email, password, null, clientAddress, false);
    }

    private SignInResult attempt(String email, String password, String code, String clientAddress,
            boolean canAskForCode) {
        String login = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String address = clientAddress == null ? "unknown" : clientAddress;
        Instant now = clock.instant();

        Optional<Instant> lockedUntil = lockedUntil(login, address, now);
        if (lockedUntil.isPresent()) {
            em.persist(new SignInAttempt(login, address, Outcome.REFUSED, now));
            return SignInResult.locked(lockedUntil.get());
        }

        StaffUser user = em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", login)
                .getResultStream().findFirst().orElse(null);
        boolean usable = user != null && user.isActive() && user.getPasswordHash() != null;
        boolean matches = hasher.verify(password == null ? "" : password, usable ? user.getPasswordHash() : DUMMY_HASH);
        if (!usable || !matches) {
            fail(login, address, now, "wrong password");
            return SignInResult.invalid();
        }
        if (user.isTotpEnabled()) {
            if (!canAskForCode) {
                fail(login, address, now, "password only, but the account has two-step sign-in");
                return SignInResult.invalid();
            }
            if (code == null || code.isBlank()) {
                return SignInResult.secondFactorRequired();
            }
            if (!secondFactorMatches(user, code, now)) {
                fail(login, address, now, "wrong second factor");
                return SignInResult.invalidCode();
            }
        }

        em.persist(new SignInAttempt(login, address, Outcome.SUCCESS, now));
        em.createNamedQuery(StaffUser.RECORD_SIGN_IN).setParameter("now", now).setParameter("id", user.getId())
                .executeUpdate();
        audit.recordAs(login, Action.SIGN_IN, login, null);
        return SignInResult.success(login, user.getRoles());
    }

    private void fail(String login, String address, Instant now, String why) {
        em.persist(new SignInAttempt(login, address, Outcome.FAILURE, now));
        metrics.signInFailed();
        audit.recordAs(null, Action.SIGN_IN_FAILED, login, why);
        lockedUntil(login, address, now).ifPresent(until ->
                audit.recordAs(null, Action.LOCKED_OUT, login, "Sign-in refused until " + EventTimes.dateTime(until, ZoneOffset.UTC)));
    }

    /** An app code (each accepted once), or else an unused recovery code. */
    private boolean secondFactorMatches(StaffUser user, String code, Instant now) {
        OptionalLong step = Totp.matchingStep(secrets.open(user.getTotpSecret()), code, now, user.getTotpLastStep());
        if (step.isPresent()) {
            user.acceptTotpStep(step.getAsLong());
            return true;
        }
        String hash = SecureTokens.hash(RecoveryCodes.normalise(code));
        Optional<TotpRecoveryCode> recovery = em.createNamedQuery(TotpRecoveryCode.FIND_UNUSED, TotpRecoveryCode.class)
                .setParameter("user", user).getResultStream()
                .filter(candidate -> candidate.getCodeHash().equals(hash))
                .findFirst();
        recovery.ifPresent(found -> {
            found.use(now);
            audit.recordAs(user.getEmail(), Action.TOTP_RECOVERY_USED, user.getEmail(), null);
        });
        return recovery.isPresent();
    }

    /**
     * The identity of a signed-in session's user, or empty once the account is gone or deactivated, or its
     * password was reset or set anew after {@code credentialsAt} (when the session last proved it).
     */
    public Optional<StaffIdentity> identity(String email, Instant credentialsAt) {
        return em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", email)
                .getResultStream()
                .filter(StaffUser::isActive)
                .filter(user -> user.getPasswordHash() != null)
                .filter(user -> user.getPasswordChangedAt() == null || !user.getPasswordChangedAt().isAfter(credentialsAt))
                .map(user -> new StaffIdentity(user.getEmail(), user.getDisplayName(), user.getRoles()))
                .findFirst();
    }

    /** Records that a signed-in user signed out. */
    public void signedOut(String email) {
        audit.recordAs(email, Action.SIGN_OUT, email, null);
    }

    private Optional<Instant> lockedUntil(String login, String address, Instant now) {
        Instant since = SignInThrottle.windowStart(now);
        List<Instant> accountFailures = em.createNamedQuery(SignInAttempt.FAILURES_FOR_EMAIL_FROM_ADDRESS, Instant.class)
                .setParameter("email", login).setParameter("address", address).setParameter("failure", Outcome.FAILURE)
                .setParameter("since", since).getResultList();
        List<Instant> addressFailures = em.createNamedQuery(SignInAttempt.FAILURES_FROM_ADDRESS, Instant.class)
                .setParameter("address", address).setParameter("failure", Outcome.FAILURE).setParameter("since", since)
                .getResultList();
        return SignInThrottle.lockedUntil(accountFailures, addressFailures, now);
    }
}
