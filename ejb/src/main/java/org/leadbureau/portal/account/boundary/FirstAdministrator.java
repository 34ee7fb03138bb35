package org.leadbureau.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.leadbureau.portal.account.control.PasswordHasher;
import org.leadbureau.portal.account.control.PasswordPolicy;
import org.leadbureau.portal.account.entity.AccountToken;
import org.leadbureau.portal.account.entity.AccountToken.Purpose;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.Role;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.security.SecureTokens;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.Violations;

/**
 * The first administrator, never with a default password: from PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD
 * when both are set, otherwise through a one-time set-up link printed to the server log.
 */
@Stateless
@PermitAll
public class FirstAdministrator {

    static final Duration SETUP_VALIDITY = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    /** At start-up: does nothing once an active administrator exists. */
    public void ensureAdministrator() {
        jobLocks.lock(JobLocks.FIRST_ADMINISTRATOR);
        if (activeAdministrators() > 0) {
            return;
        }
        Optional<String> email = PortalConfig.value(Setting.ADMIN_EMAIL);
        Optional<String> password = PortalConfig.value(Setting.ADMIN_PASSWORD);
        if (email.isPresent() && password.isPresent()) {
            Optional<String> problem = PasswordPolicy.problemWith(password.get());
            if (problem.isPresent()) {
                LOG.warning(() -> "PORTAL_ADMIN_PASSWORD is not acceptable (" + problem.get()
                        + "); use the set-up link instead");
            } else if (accountExists(email.get())) {
                // Deactivated, perhaps deliberately: never revive an account from the environment.
                LOG.warning("PORTAL_ADMIN_EMAIL names an existing, inactive account; use the set-up link instead");
            } else {
                StaffUser admin = createAdministrator(email.get(), "Administrator", password.get());
                LOG.info(() -> "Created the first administrator " + admin.getEmail() + " from PORTAL_ADMIN_EMAIL");
                return;
            }
        }
        String token = SecureTokens.newToken();
        Instant now = clock.instant();
        em.createNamedQuery(AccountToken.EXPIRE_UNUSED)
                .setParameter("now", now).setParameter("purpose", Purpose.SETUP).setParameter("user", null)
                .executeUpdate();
        em.persist(new AccountToken(Purpose.SETUP, SecureTokens.hash(token), null, now, now.plus(SETUP_VALIDITY)));
        // The one secret the portal ever logs, on purpose: it is how the first administrator gets in.
        LOG.warning(() -> "No administrator yet. Within 24 hours, open " + PortalConfig.baseUrl()
                + "/setup?token=" + token + " to create one (the link works once).");
    }

    /** Whether this set-up link still works. */
    public boolean isSetupLink(String token) {
        return activeAdministrators() == 0 && usableSetupToken(token).isPresent();
    }

    /** Creates the first administrator from the set-up link, which then stops working. */
    public StaffUser completeSetup(String token, String email, String name, String password) {
        jobLocks.lock(JobLocks.FIRST_ADMINISTRATOR);
        AccountToken link = usableSetupToken(token)
                .filter(found -> activeAdministrators() == 0)
                .orElseThrow(() -> new InvalidInputException("token", "This set-up link has expired or has already been used."));
        refuseWhatIsWrong(email, name, password);
        StaffUser admin;
        try {
            admin = createAdministrator(email, name, password);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage().contains("email") ? "email" : "name", e.getMessage());
        }
        link.use(clock.instant());
        return admin;
    }

    /** The email, name and password are checked as a new account's are, and all that is wrong is said at once. */
    private void refuseWhatIsWrong(String email, String name, String password) {
        Map<String, String> found = new HashMap<>();
        validator.validate(new NewStaffUser(email, name, EnumSet.of(Role.ADMIN), password))
                .forEach(violation -> found.putIfAbsent(Violations.field(violation), violation.getMessage()));
        // Unlike a new account's, the first administrator's password cannot be left for an invitation.
        PasswordPolicy.problemWith(password).ifPresent(problem -> found.putIfAbsent("password", problem));
        Map<String, String> inFormOrder = new LinkedHashMap<>();
        for (String field : List.of("email", "name", "password")) {
            if (found.containsKey(field)) {
                inFormOrder.put(field, found.get(field));
            }
        }
        if (!inFormOrder.isEmpty()) {
            throw new InvalidInputException(inFormOrder);
        }
    }

    private StaffUser createAdministrator(String email, String name, String password) {
        StaffUser admin = new StaffUser(email, name, EnumSet.of(Role.ADMIN), clock.instant());
        admin.setPasswordHash(new PasswordHasher().hash(password), clock.instant());
        em.persist(admin);
        audit.recordAs(admin.getEmail(), Action.FIRST_ADMIN_CREATED, admin.getEmail(), null);
        return admin;
    }

    private Optional<AccountToken> usableSetupToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", SecureTokens.hash(token))
                .getResultStream()
                .filter(found -> found.isUsable(Purpose.SETUP, clock.instant()))
                .findFirst();
    }

    private boolean accountExists(String email) {
        return !em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultList().isEmpty();
    }

    private long activeAdministrators() {
        return em.createNamedQuery(StaffUser.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
    }
}
