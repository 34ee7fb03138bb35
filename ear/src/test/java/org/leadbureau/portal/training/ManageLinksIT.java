package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.platform.security.SecureTokens;

/**
 * A registrant's manage links are kept only as hashes, like every other link token (a leaked database opens no
 * registration); each message carries its own link and all of them work. Links from before the hashing keep
 * working through the migration (RegistrationLinksMigrationTest).
 */
@SharedPortal
class ManageLinksIT {

    private static final Pattern LINK = Pattern.compile("/registrations/([A-Za-z0-9_-]{43})");

    @Test
    void linksAreStoredAsHashesAndEveryOneSentWorks() throws Exception {
        String email = "hal.hash@links.example";
        var registered = TrainingApi.register(TrainingApi.WEBINAR, "Hal Hash", email);
        assertEquals(201, registered.statusCode(), registered.body());
        String token = Http.json(registered).getString("manageToken");

        long id = Database.count("select id from training_registration where email = ?", email);
        assertEquals(1, Database.count("select count(*) from registration_link where registration_id = ? and token_hash = ?",
                id, SecureTokens.hash(token)));
        assertEquals(0, Database.count("select count(*) from registration_link where token_hash = ?", token),
                "the token itself is not stored");

        String mail = Database.strings("select body_text from outbox_message where recipient = ?", email).get(0);
        Matcher mailed = LINK.matcher(mail);
        assertTrue(mailed.find(), mail);
        assertNotEquals(token, mailed.group(1), "the message has a link of its own");
        for (String link : new String[] {token, mailed.group(1)}) {
            var page = Http.get("/registrations/" + link);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Hal Hash"), "the link opens the registration");
        }
        assertEquals(404, Http.get("/registrations/" + SecureTokens.hash(token)).statusCode(),
                "the stored hash is no link");
    }
}
