package org.leadbureau.portal.visits.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.platform.security.SecureTokens;
import org.leadbureau.portal.visits.control.FeedRules;
import org.leadbureau.portal.visits.control.VisitDocuments;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerFeed;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * A trainer's private calendar feed: its secret link, which the signed-in user creates, replaces or revokes, and the
 * calendar it serves to anyone holding the link (calendar programs cannot sign in). Deactivating the account or
 * forcing a password reset revokes it ({@code FeedRevocation}).
 */
@Stateless
@RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
public class TrainerFeeds {

    @Inject
    AuditLog auditLog;

    @PersistenceContext
    EntityManager em;

    @Inject
    VisitDocuments documents;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** How far back a feed reaches: calendar programs keep what they once read, so a year of history is plenty. */
    static final Period FEED_HISTORY = Period.ofMonths(12);

    /**
     * The trainer's visits of the last 12 months and all ahead (recently cancelled ones included, so calendars drop
     * them) and unavailability, as iCalendar; empty for an unknown or revoked secret.
     */
    @PermitAll
    public Optional<String> calendar(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createNamedQuery(TrainerFeed.FIND_BY_HASH, TrainerFeed.class)
                .setParameter("hash", SecureTokens.hash(token))
                .getResultStream().findFirst()
                // Deactivation revokes the feed; this also covers feeds of accounts deactivated before that rule.
                .filter(feed -> feed.getTrainer().isActive())
                .map(feed -> documents.calendar().feed(em.createNamedQuery(SiteVisit.FIND_FOR_TRAINER, SiteVisit.class)
                        .setParameter("trainer", feed.getTrainer().getId())
                        .setParameter("cancelled", VisitStatus.CANCELLED)
                        .setParameter("cancelledSince", FeedRules.cancelledSince(now))
                        .setParameter("since", now.atOffset(ZoneOffset.UTC).minus(FEED_HISTORY).toInstant())
                        .getResultList(),
                        // Past periods no longer matter to anyone's booking; the last weeks' stay for reference.
                        em.createNamedQuery(TrainerUnavailability.FIND_FOR_TRAINER, TrainerUnavailability.class)
                                .setParameter("email", feed.getTrainer().getEmail())
                                .setParameter("from", FeedRules.cancelledSince(now))
                                .getResultList(), now));
    }

    /** Whether the signed-in user has a calendar feed. */
    public boolean hasFeed() {
        return feedOf(me()).isPresent();
    }

    /** A new secret feed link for the signed-in user, as the address to subscribe to; any earlier one stops working. */
    public String newFeedUrl() {
        StaffUser me = me();
        String token = SecureTokens.newToken();
        Instant now = clock.instant();
        feedOf(me).ifPresentOrElse(feed -> feed.replaceToken(SecureTokens.hash(token), now),
                () -> em.persist(new TrainerFeed(me, SecureTokens.hash(token), now)));
        // A feed address lets whoever holds it read the trainer's visits: its making and revoking are logged.
        auditLog.record(Action.FEED_ADDRESS_MADE, me.getEmail(), null);
        return PortalConfig.baseUrl() + "/api/visits/feed/" + token + ".ics";
    }

    /** Revokes the signed-in user's feed: its link answers 404 from now on. */
    public void revokeFeed() {
        feedOf(me()).ifPresent(feed -> {
            em.remove(feed);
            auditLog.record(Action.FEED_REVOKED, feed.getTrainer().getEmail(), null);
        });
    }

    private Optional<TrainerFeed> feedOf(StaffUser user) {
        return em.createNamedQuery(TrainerFeed.FIND_BY_TRAINER, TrainerFeed.class)
                .setParameter("trainer", user.getId())
                .getResultStream().findFirst();
    }

    private StaffUser me() {
        return em.createNamedQuery(StaffUser.FIND_BY_EMAIL, StaffUser.class)
                .setParameter("email", session.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no account for you."));
    }
}
