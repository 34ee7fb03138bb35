package org.leadbureau.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.account.control.AccountMail;
import org.leadbureau.portal.account.control.PasswordHasher;
import org.leadbureau.portal.account.control.PasswordPolicy;
import org.leadbureau.portal.account.entity.AccountToken;
import org.leadbureau.portal.account.entity.AccountToken.Purpose;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.limits.FormLimits;
import org.leadbureau.portal.platform.limits.FormSubmissions;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;
import org.leadbureau.portal.platform.rules.WindowLimit;
import org.leadbureau.portal.platform.security.SecureTokens;

/**
 * Passwords set through one-time links sent by email: the invitation of a new account, a reset the user asks for,
 * and a reset an administrator forces. Only the newest link of each kind works; a link works once.
 */
@Stateless
public class PasswordLinks {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** Reset mails per account, so the public form cannot flood anybody's inbox. */
    static final WindowLimit RESETS_PER_ACCOUNT = new WindowLimit(3, Duration.ofHours(1));
    /** Requests per client address (and none overall, which would let anyone stop everybody's resets). */
    static final FormLimits REQUESTS = new FormLimits(new WindowLimit(10, Duration.ofHours(1)), null);
    static final String REQUEST_FORM = "password-reset";

    private static final String EXPIRED = "This link has expired or has already been used. Ask for a new one.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    FormSubmissions submissions;

    @Inject
    Clock clock;

    @Inject
    Event<AccessWithdrawn> withdrawn;

    /** Emails a new account (created without a password) the link to choose one. */
    @RolesAllowed(Roles.ADMIN)
    public void invite(StaffUser user) {
        String token = issue(user, Purpose.INVITATION, INVITATION_VALIDITY);
        outbox.queueWithLink(mail().invitation(user, token, INVITATION_VALIDITY),
                clock.instant().plus(INVITATION_VALIDITY));
        audit.record(Action.USER_INVITED, user.getEmail(), "roles " + user.getRoles());
    }

    /** The old password stops working at once (and signed-in sessions with it); the user gets a reset link. */
    @RolesAllowed(Roles.ADMIN)
    public StaffUser forceReset(long userId) {
        StaffUser user = em.find(StaffUser.class, userId);
        if (user == null) {
            throw new NotFoundException("There is no such account.");
        }
        user.clearPassword();
        withdrawn.fire(new AccessWithdrawn(user.getId()));
        String token = issue(user, Purpose.PASSWORD_RESET, RESET_VALIDITY);
        outbox.queueWithLink(mail().passwordReset(user, token, RESET_VALIDITY, true),
                clock.instant().plus(RESET_VALIDITY));
        audit.record(Action.PASSWORD_RESET_FORCED, user.getEmail(), null);
        return user;
    }

    /**
     * Someone asks for a reset link. Whether the address belongs to an account is never revealed: the caller
     * learns nothing from the outcome, and only an active account gets mail, at most {@link #RESETS_PER_ACCOUNT}.
     *
     * @throws TooManyRequestsException over {@link #REQUESTS} from the caller's address, whatever the account
     */
    @PermitAll
    public void requestReset(String email) {
        String login;
        try {
            login = StaffUser.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("email", "Enter your email address, like name@example.org.");
        }
        submissions.admit(REQUEST_FORM, REQUESTS, true, Wording.of("limits.passwordResets"));
        Instant now = clock.instant();
        em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class).setParameter("email", login)
                .getResultStream()
                .filter(StaffUser::isActive)
                .filter(user -> RESETS_PER_ACCOUNT.blockedUntil(resetsSince(user, RESETS_PER_ACCOUNT.windowStart(now)), now)
                        .isEmpty())
                .findFirst()
                .ifPresent(user -> {
                    String token = issue(user, Purpose.PASSWORD_RESET, RESET_VALIDITY);
                    outbox.queueWithLink(mail().passwordReset(user, token, RESET_VALIDITY, false),
                            now.plus(RESET_VALIDITY));
                    audit.recordAs(user.getEmail(), Action.PASSWORD_RESET_REQUESTED, user.getEmail(), null);
                });
    }

    /** What a link is for, while it still works: the page words itself after it. */
    @PermitAll
    public Optional<Purpose> purposeOf(String token) {
        return usable(token).map(AccountToken::getPurpose);
    }

    /** Sets the password through a link, which then stops working. */
    @PermitAll
    public StaffUser setPassword(String token, String password) {
        AccountToken link = usable(token).orElseThrow(() -> new InvalidInputException("token", EXPIRED));
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        Instant now = clock.instant();
        StaffUser user = link.getUser();
        link.use(now);
        user.setPasswordHash(new PasswordHasher().hash(password), now);
        for (Purpose purpose : new Purpose[] {Purpose.INVITATION, Purpose.PASSWORD_RESET}) {
            expireUnused(user, purpose, now);
        }
        audit.recordAs(user.getEmail(), Action.PASSWORD_SET, user.getEmail(), link.getPurpose().name());
        return user;
    }

    private String issue(StaffUser user, Purpose purpose, Duration validity) {
        Instant now = clock.instant();
        expireUnused(user, purpose, now);
        String token = SecureTokens.newToken();
        em.persist(new AccountToken(purpose, SecureTokens.hash(token), user, now, now.plus(validity)));
        return token;
    }

    private void expireUnused(StaffUser user, Purpose purpose, Instant now) {
        em.createNamedQuery(AccountToken.EXPIRE_UNUSED)
                .setParameter("now", now).setParameter("purpose", purpose).setParameter("user", user)
                .executeUpdate();
    }

    private List<Instant> resetsSince(StaffUser user, Instant since) {
        return em.createQuery("select t.createdAt from AccountToken t where t.user = :user and t.purpose = :purpose"
                        + " and t.createdAt > :since", Instant.class)
                .setParameter("user", user).setParameter("purpose", Purpose.PASSWORD_RESET).setParameter("since", since)
                .getResultList();
    }

    private Optional<AccountToken> usable(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", SecureTokens.hash(token))
                .getResultStream()
                .filter(found -> found.getPurpose() != Purpose.SETUP && found.isUsable(found.getPurpose(), now))
                .filter(found -> found.getUser() != null && found.getUser().isActive())
                .findFirst();
    }

    private static AccountMail mail() {
        return new AccountMail(PortalConfig.baseUrl());
    }
}
