package org.leadbureau.portal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MariaDB is reached over the network: the portal does not start there with the password everybody knows. */
class DatabasePasswordTest {

    @Test
    void mariaDbWithTheDefaultPasswordIsRefusedWithTheWayOut() {
        for (Optional<String> password : java.util.List.of(Optional.<String>empty(), Optional.of("portal"))) {
            String reason = DatabasePassword.refusal("MariaDB", password).orElseThrow();
            assertTrue(reason.contains("default database password") && reason.contains("PORTAL_DB_PASSWORD"), reason);
        }
        assertTrue(DatabasePassword.refusal("MySQL", Optional.empty()).isPresent());
    }

    @Test
    void anOwnPasswordOrTheEmbeddedDatabaseStarts() {
        assertEquals(Optional.empty(), DatabasePassword.refusal("MariaDB", Optional.of("a long one of its own")));
        assertEquals(Optional.empty(), DatabasePassword.refusal("H2", Optional.empty()));
    }
}
