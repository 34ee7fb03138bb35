package org.leadbureau.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.PortalRestarts;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestResources;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Made-up content is marked wherever it shows, and turning PORTAL_DEMO off withdraws it at the next start: a demo
 * training someone registered for stays for staff, unpublished and marked; every other demo item is removed; real
 * content stays. The test server runs with demo content on H2 (the default there) and without it on MariaDB, so the
 * test marks items of its own as demo content too, and checks the seeded ones only where they were loaded.
 */
class DemoContentIT extends PortalRestarts {

    private static final String EXAMPLE_TRAINING = "Example training — not a real event";
    private static final String EXAMPLE_DOCUMENT = "Example document — not a real Bureau document";
    private static final String SEEDED_TRAINING = "introduction-to-lead";
    private static final String SEEDED_DOCUMENT = "project-kestrel-peer-navigator-notes";

    @Test
    void demoItemsAreMarkedAndTurningDemoOffWithdrawsThemKeepingThoseWithRegistrations() throws Exception {
        boolean seededDemo = System.getProperty("portal.db.url").startsWith("jdbc:h2:");
        if (seededDemo) {
            assertTrue(Http.get("/trainings/" + SEEDED_TRAINING).body().contains(EXAMPLE_TRAINING));
            assertEquals(List.of("true"), Database.strings(
                    "select case when demo then 'true' else 'false' end from library_resource where slug = ?", SEEDED_DOCUMENT));
        }
        String word = "demoword" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var registeredFor = TestTrainings.training("Demo with a registrant").startsIn(3650, "UTC", LocalTime.NOON);
        String kept = registeredFor.publish();
        String removed = TestTrainings.training("Demo without registrants").publish();
        String document = TestResources.upload("Example notes " + word, "notes.txt", "Notes about " + word + ".", "PUBLISHED");
        String real = TestTrainings.training("A real training").publish();
        Database.update("update training set demo = true where slug in (?, ?)", kept, removed);
        Database.update("update library_resource set demo = true where slug = ?", document);
        assertEquals(201, Http.post("/api/trainings/" + kept + "/registrations", Json.createObjectBuilder()
                .add("name", "Robin Demo").add("email", "robin@" + word + ".example")
                .add("organisation", "Demo County").build().toString()).statusCode());

        assertTrue(Http.main(Http.page(Http.get("/trainings/" + kept), registeredFor.title())).contains(EXAMPLE_TRAINING));
        assertFalse(Http.get("/trainings/" + real).body().contains(EXAMPLE_TRAINING), "real trainings are not marked");
        String page = Http.main(Http.get("/library/" + document).body());
        assertTrue(page.contains(EXAMPLE_DOCUMENT), page);
        assertFalse(Http.get("/library/lead-core-principles").body().contains(EXAMPLE_DOCUMENT));
        assertEquals(1, search(word));
        assertTrue(staffTrainings().contains(registeredFor.title() + "</a><span class=\"demo-tag\">"),
                "the staff list marks demo trainings");

        try {
            restartWith("PORTAL_DEMO", "false", () -> { });

            assertEquals(List.of("DRAFT"), Database.strings("select status from training where slug = ?", kept),
                    "kept for its registrant, off the public pages");
            assertEquals(404, Http.get("/trainings/" + kept).statusCode());
            assertTrue(staffTrainings().contains(registeredFor.title()), "staff still see it");
            assertEquals(0, Database.count("select count(*) from training where slug = ?", removed));
            assertEquals(0, Database.count("select count(*) from library_resource where slug = ?", document));
            assertEquals(404, Http.get("/library/" + document).statusCode());
            assertEquals(0, search(word), "the index follows");
            assertEquals(0, Database.count("select count(*) from training t where t.demo = true and t.status = 'PUBLISHED'"));
            assertEquals(0, Database.count("select count(*) from training t where t.demo = true and not exists"
                    + " (select 1 from training_registration r where r.training_id = t.id)"), "only registered-for ones stay");
            assertEquals(0, Database.count("select count(*) from library_resource where demo = true"));
            assertEquals(200, Http.get("/trainings/" + real).statusCode(), "real content stays");
            assertEquals(200, Http.get("/library/lead-core-principles").statusCode());
        } finally {
            clearSetting("PORTAL_DEMO");
        }
    }

    private static long search(String word) {
        return Http.json(Http.get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))).getInt("total");
    }

    private static String staffTrainings() {
        return Http.page(StaffSession.signedIn(StaffAccounts.staff()).get("/staff/trainings"), "Trainings");
    }
}
