package org.leadbureau.portal.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;

/**
 * When a public form was shown, signed, for the page to carry in a hidden field: the forms (contact, registration)
 * are stateless views that keep nothing on the server, and the minimum-time rule (SpamGuard) must still not trust
 * the client's word. Signed under the portal's secret key, which every node shares, so any node reads any stamp.
 */
@Singleton
@DependsOn("AuthenticatorSecrets")
@Lock(LockType.READ)
public class FormStamps {

    private static final String PURPOSE = "form shown at";

    @Inject
    Clock clock;

    private SecretBox box;

    @PostConstruct
    void start() {
        // AuthenticatorSecrets, started first, made the key file if there was none.
        box = SecretKeySource.load(PortalConfig.value(Setting.SECRET_KEY), PortalConfig.dataDirectory()).box();
    }

    /** A stamp of this moment: {@code <epoch milliseconds>.<signature>}. */
    public String now() {
        String millis = Long.toString(clock.millis());
        return millis + "." + box.sign(PURPOSE, millis);
    }

    /** When the form carrying this stamp was shown; empty for a stamp that is missing, malformed or not the portal's. */
    public Optional<Instant> shownAt(String stamp) {
        int dot = stamp == null ? -1 : stamp.indexOf('.');
        if (dot < 1 || !box.verify(PURPOSE, stamp.substring(0, dot), stamp.substring(dot + 1))) {
            return Optional.empty();
        }
        // Signed by this portal, so a number.
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(stamp.substring(0, dot))));
    }
}
