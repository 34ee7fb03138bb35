package org.leadbureau.portal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.leadbureau.portal.account.entity.PortalSetting;
import org.leadbureau.portal.account.entity.StaffUser;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
import org.leadbureau.portal.platform.security.SecretBox;
import org.leadbureau.portal.platform.security.SecretKeySource;

/**
 * Authenticator (TOTP) secrets are kept encrypted under the portal's secret key. At start this loads the key,
 * refuses to go on if the database's secrets were sealed with another one, and seals any secret still stored in
 * the clear (from before encryption).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
public class AuthenticatorSecrets {

    private static final Logger LOG = Logger.getLogger(AuthenticatorSecrets.class.getName());

    @PersistenceContext
    EntityManager em;

    private SecretBox box;

    @PostConstruct
    void start() {
        SecretKeySource.Key key = SecretKeySource.load(PortalConfig.value(Setting.SECRET_KEY),
                PortalConfig.dataDirectory());
        if (key.generated()) {
            LOG.warning(() -> "PORTAL_SECRET_KEY is not set: generated a secret key in " + key.origin()
                    + ". Keep this file with the backups of the database; nodes that share the database need the"
                    + " same key in PORTAL_SECRET_KEY.");
        }
        box = key.box();
        checkKey(key);
        sealPlainSecrets();
    }

    public String seal(String secret) {
        return box.seal(secret);
    }

    public String open(String sealed) {
        return box.open(sealed);
    }

    /** Locked, so that nodes started together on a new database agree on one key (the others refuse). */
    private void checkKey(SecretKeySource.Key key) {
        PortalSetting check = em.find(PortalSetting.class, PortalSetting.SECRET_KEY_CHECK, LockModeType.PESSIMISTIC_WRITE);
        check.write(SecretKeySource.verify(key, check.getValue()));
    }

    private void sealPlainSecrets() {
        var plain = em.createNamedQuery(StaffUser.FIND_WITH_TOTP_SECRET, StaffUser.class).getResultList().stream()
                .filter(user -> !SecretBox.isSealed(user.getTotpSecret()))
                .toList();
        plain.forEach(user -> user.sealTotpSecret(box.seal(user.getTotpSecret())));
        if (!plain.isEmpty()) {
            LOG.info(() -> "Encrypted the authenticator secrets of " + plain.size() + " accounts");
        }
    }
}
