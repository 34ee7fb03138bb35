package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.PortalRestarts;
import org.leadbureau.portal.it.ServerLogs;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.platform.security.SecretBox;

/**
 * The key that encrypts authenticator secrets (the test server sets no PORTAL_SECRET_KEY): generated once in the
 * data directory and read again at every start, which also seals secrets stored in the clear before. That a start
 * with another key is refused is SecretBoxTest's: a deployment that fails while the outbox timer waits for the
 * start-up beans can hang WildFly's rollback, so no test here deploys one.
 */
class SecretKeyIT extends PortalRestarts {

    private static final Path KEY_FILE = Path.of(System.getProperty("portal.data.dir"), "secret.key");
    private static final Path LOG = Path.of(System.getProperty("portal.server.log"));
    private static final String PLAIN_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void theGeneratedKeyServesEveryStartAndSealsSecretsStoredInTheClear() throws Exception {
        Account account = new Account("stored-in-the-clear@leadbureau.test", "a password from before encryption");
        String key = Files.readString(KEY_FILE).strip();
        assertEquals(List.of(SecretBox.fromBase64(key).checkValue()), checkValue(), "the database knows the key");
        StaffAccounts.ensure(account, "Clear Secret", "STAFF");
        long logBefore = Files.size(LOG);

        // A secret stored before secrets were encrypted is sealed at the next start.
        restart(() -> Database.update("update staff_user set totp_secret = ?, totp_enabled = true where email = ?",
                PLAIN_SECRET, account.email()));

        assertEquals(200, Http.get("/api/health").statusCode());
        assertEquals(key, Files.readString(KEY_FILE).strip(), "the same key, read again");
        assertFalse(ServerLogs.since(LOG, logBefore).contains("generated a secret key"), "no new key");
        String stored = Database.strings("select totp_secret from staff_user where email = ?", account.email()).get(0);
        assertTrue(SecretBox.isSealed(stored), stored);
        assertEquals(PLAIN_SECRET, SecretBox.fromBase64(key).open(stored));
    }

    private static List<String> checkValue() throws Exception {
        return Database.strings("select setting_value from portal_setting where name = 'secret-key-check'");
    }
}
