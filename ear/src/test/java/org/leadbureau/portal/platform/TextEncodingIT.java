package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestResources;

/**
 * Text in any language goes in and comes back byte for byte, through each way staff put it in: a multipart upload
 * whose fields carry no charset (as browsers and curl send them), JSON, a staff page's form, and a CSV file with and
 * without a byte-order mark. Slugs of such titles are readable ASCII words. Lengths count characters: a 150-letter
 * Greek title fits the 200 limit, an emoji counts one. On MariaDB every text column is utf8mb4 (4-byte characters).
 */
@SharedPortal
class TextEncodingIT {

    private static final List<String> TITLES = List.of(
            "Guía rápida para Peña",
            "Hướng dẫn quản lý hồ sơ",
            "Αιτιολογήσεις ψήφου για την εκτροπή",
            "个案管理指南",
            "Harm reduction 🚀 at Ærø",
            // 150 Greek letters and spaces, and a title of emoji only: both under the 200-character limit.
            "Αιτιολογήσεις ψήφου για την εκτροπή ".repeat(5).substring(0, 150),
            "🚀🙂🌍".repeat(60));

    @Test
    void uploadedResourcesKeepTheirTitlesAndGetReadableSlugs() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (String title : TITLES) {
            String sent = title + " " + run;
            HttpResponse<String> created = TestResources.send(sent, "Résumé: " + sent, "guia.txt",
                    ("Texto: " + sent).getBytes(StandardCharsets.UTF_8), "PUBLISHED");
            assertEquals(201, created.statusCode(), created.body());
            JsonObject resource = Http.json(created);
            String slug = resource.getString("slug");
            try {
                assertEquals(sent, resource.getString("title"));
                // Long titles make slugs cut at their limit; one of emoji alone has no words to make it of.
                assertTrue(slug.endsWith("-" + run) || title.length() > 100
                        || !title.codePoints().anyMatch(Character::isLetter), slug);
                assertEquals("Résumé: " + sent, resource.getString("summary"));
                assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
                assertTrue(Http.get("/library/" + slug).body().contains(sent), "the resource page shows the title");
            } finally {
                TestResources.delete(slug);
            }
        }
    }

    @Test
    void trainingsKeepTheirTitlesThroughJson() throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(40).withHour(10).withMinute(0).withSecond(0).withNano(0);
        for (String title : TITLES) {
            String sent = title + " " + UUID.randomUUID().toString().substring(0, 6);
            String json = Json.createObjectBuilder().add("title", sent).add("description", "Descripción: " + sent)
                    .add("format", "VIRTUAL").add("start", start.toString()).add("end", start.plusHours(2).toString())
                    .add("zone", "America/Chicago").add("capacity", 10).add("status", "PUBLISHED")
                    .add("joinLink", "https://meet.example/encoding").build().toString();
            HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainings"))
                    .header("Authorization", StaffAccounts.ADMIN.basic())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build());
            assertEquals(201, created.statusCode(), created.body());
            String slug = Http.json(created).getString("slug");
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
            JsonObject training = Http.json(Http.get("/api/trainings/" + slug));
            assertEquals(sent, training.getString("title"));
        }
    }

    @Test
    void theStaffTrainingFormKeepsTitlesInEveryScript() throws Exception {
        StaffSession session = StaffSession.signedIn(StaffAccounts.staff());
        String day = LocalDate.now().plusDays(45).toString();
        for (String title : TITLES) {
            String sent = title + " " + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> form = session.get("/staff/trainings/new");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("training", "training");
            fields.put("training:title", sent);
            fields.put("training:description", "Descripción: " + sent);
            fields.put("training:format", "VIRTUAL");
            fields.put("training:capacity", "10");
            fields.put("training:start_input", day + " 10:00");
            fields.put("training:end_input", day + " 12:00");
            fields.put("training:zone", "America/Chicago");
            fields.put("training:joinLink", "https://meet.example.org/encoding");
            fields.put("training:save", "");
            fields.putAll(StaffSession.hiddenFields(form.body()));

            HttpResponse<String> saved = session.postForm("/staff/trainings/new", fields);

            assertTrue(saved.statusCode() == 302 || saved.statusCode() == 303, saved.statusCode() + " " + saved.body());
            assertEquals(List.of(sent), Database.strings("select title from training where description = ?",
                    "Descripción: " + sent), "stored as typed");
            String slug = Database.strings("select slug from training where description = ?", "Descripción: " + sent).get(0);
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
            assertTrue(session.get("/staff/trainings/" + slug).body().contains(sent), "the roster shows the title");
        }
    }

    @Test
    void aCsvWithoutAByteOrderMarkImportsNamesInEveryScriptUnchanged() throws Exception {
        importsNamesUnchanged("");
    }

    @Test
    void aCsvWithAByteOrderMarkImportsNamesInEveryScriptUnchanged() throws Exception {
        importsNamesUnchanged("\uFEFF");
    }

    private static void importsNamesUnchanged(String byteOrderMark) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        var csv = new StringBuilder(byteOrderMark + "name,jurisdiction,state,status,launched,source_url,notes\r\n");
        List<String> names = TITLES.stream().map(title -> title + " " + run).toList();
        for (String name : names) {
            csv.append('"').append(name).append("\",Condado de Doña Ana,NM,PLANNING,2025,https://example.org/pena,Año uno\r\n");
        }
        HttpResponse<String> report = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", StaffAccounts.staff().basic())
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build());
        assertEquals(200, report.statusCode(), report.body());
        assertEquals(names.size(), Http.json(report).getInt("created"), report.body());
        for (String name : names) {
            List<String> slugs = Database.strings("select slug from site where name = ?", name);
            assertEquals(1, slugs.size(), name);
            try {
                JsonObject site = Http.json(Http.get("/api/sites/" + slugs.get(0)));
                assertEquals(name, site.getString("name"));
                assertEquals("Condado de Doña Ana", site.getString("jurisdiction"));
            } finally {
                Database.update("delete from site_status_change where site_id in (select id from site where slug = ?)", slugs.get(0));
                Database.update("delete from site where slug = ?", slugs.get(0));
            }
        }
    }

    @Test
    void everyTextColumnHoldsFourByteCharactersOnMariaDb() throws Exception {
        Assumptions.assumeTrue(System.getProperty("portal.db.url").startsWith("jdbc:mariadb:"), "MariaDB only");
        assertEquals(List.of(), Database.strings("select concat(table_name, '.', column_name, ' ', character_set_name)"
                + " from information_schema.columns where table_schema = database() and character_set_name is not null"
                + " and character_set_name <> 'utf8mb4'"));
    }
}
