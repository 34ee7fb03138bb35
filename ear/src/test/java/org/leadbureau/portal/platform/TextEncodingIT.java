package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * Text in any language goes in and comes back byte for byte, through each way staff put it in: a multipart upload
 * whose fields carry no charset (as browsers and curl send them), JSON, and a CSV file with a byte-order mark.
 * Slugs of such titles are readable ASCII words.
 */
@SharedPortal
class TextEncodingIT {

    private static final List<String> TITLES = List.of(
            "Guía rápida para Peña",
            "Hướng dẫn quản lý hồ sơ",
            "Αιτιολογήσεις ψήφου για την εκτροπή",
            "个案管理指南",
            "Harm reduction 🚀 at Ærø");

    @Test
    void uploadedResourcesKeepTheirTitlesAndGetReadableSlugs() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (String title : TITLES) {
            String sent = title + " " + run;
            var body = new Multipart()
                    .field("title", sent)
                    .field("summary", "Résumé: " + sent)
                    .field("type", "GUIDE")
                    .field("topics", "policing")
                    .field("audiences", "police")
                    .field("published", "2026-01-15")
                    .field("status", "PUBLISHED")
                    .file("file", "guia.txt", "text/plain; charset=UTF-8", ("Texto: " + sent).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", StaffAccounts.staff().basic())
                    .header("Content-Type", body.contentType()).POST(body.publisher()).build());
            assertEquals(201, created.statusCode(), created.body());
            JsonObject resource = Http.json(created);
            String slug = resource.getString("slug");
            try {
                assertEquals(sent, resource.getString("title"));
                assertTrue(slug.endsWith("-" + run), slug);
                assertEquals("Résumé: " + sent, resource.getString("summary"));
                assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
                assertTrue(Http.get("/library/" + slug).body().contains(sent), "the resource page shows the title");
            } finally {
                Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/" + slug))
                        .header("Authorization", StaffAccounts.staff().basic()).DELETE().build());
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
    void aCsvWithAByteOrderMarkImportsNamesUnchanged() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "Peña Ærø LEAD " + run;
        String csv = "\uFEFFname,jurisdiction,state,status,launched,source_url,notes\r\n"
                + name + ",Condado de Doña Ana,NM,PLANNING,2025,https://example.org/pena,Año uno\r\n";
        HttpResponse<String> report = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/import"))
                .header("Content-Type", "text/csv")
                .header("Authorization", StaffAccounts.staff().basic())
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
        assertEquals(200, report.statusCode(), report.body());
        assertEquals(1, Http.json(report).getInt("created"), report.body());
        String slug = "pena-aero-lead-" + run;
        try {
            JsonObject site = Http.json(Http.get("/api/sites/" + slug));
            assertEquals(name, site.getString("name"));
            assertEquals("Condado de Doña Ana", site.getString("jurisdiction"));
        } finally {
            Database.update("delete from site_status_change where site_id in (select id from site where slug = ?)", slug);
            Database.update("delete from site where slug = ?", slug);
        }
    }
}
