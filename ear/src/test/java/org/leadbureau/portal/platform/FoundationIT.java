package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;

/** The EAR deploys on the real server, migrates its database, imports its seed and serves its pages. */
@SharedPortal
class FoundationIT {

    @Test
    void homePageShowsTheBureauWithNavigationAndPrimeFaces() {
        var response = Http.get("/");

        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<h1 id=\"hero-title\">LEAD National Support Bureau</h1>"), "seeded home page title");
        assertTrue(html.contains("What the Bureau does"), "home page text from the content module");
        assertTrue(html.contains("<nav class=\"site-nav\" aria-label=\"Main\">"), "main navigation landmark");
        for (String href : List.of("/sites", "/library", "/search", "/trainings", "/contact", "/login")) {
            assertTrue(html.contains("href=\"" + href + "\""), "navigation links to " + href);
        }
        assertTrue(html.contains("class=\"skip-link\" href=\"#main\""), "skip link");
        assertTrue(html.contains("<main id=\"main\""), "main landmark");
        assertTrue(html.contains("/jakarta.faces.resource/") && html.contains("ln=primefaces"),
                "PrimeFaces resources are rendered");
    }

    @Test
    void aboutPagesAreServedFromTheSeedUnderExtensionlessUrls() {
        var index = Http.get("/about");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("href=\"/about/how-to-implement\""));

        var page = Http.get("/about/how-to-implement");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Interested in implementing or improving LEAD in your community?"));
    }

    @Test
    void unknownPagesAnswer404WithAHelpfulPageAndNoStackTrace() {
        for (String path : List.of("/no-such-page", "/about/no-such-page", "/about/what-is-lead/extra", "/index.xhtml")) {
            var response = Http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("We could not find that page"), path);
            assertFalse(response.body().contains("Caused by") || response.body().contains(".java:"), path);
        }
    }

    @Test
    void unknownApiPathsAnswerAProblemBody() {
        var response = Http.get("/api/no-such-thing");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, Http.json(response).getInt("status"));
    }

    @Test
    void healthIsUpWithTheDatabaseAtTheLatestMigrationAndTheIndexFilled() throws IOException {
        var response = Http.get("/api/health");

        assertEquals(200, response.statusCode());
        var health = Http.json(response);
        assertEquals("UP", health.getString("status"));
        var database = health.getJsonObject("checks").getJsonObject("database");
        assertEquals("UP", database.getString("status"));
        assertEquals(latestMigrationVersion(), database.getString("schemaVersion"));
        var index = health.getJsonObject("checks").getJsonObject("searchIndex");
        assertEquals("UP", index.getString("status"));
        assertTrue(index.getJsonNumber("documents").longValue() >= 5, "seed pages are indexed");
    }

    @Test
    void everyMigrationRanAndItsTablesExist() throws Exception {
        int migrations;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("portal.migrations.dir")))) {
            migrations = (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertEquals(migrations, Database.count("select count(*) from flyway_schema_history where success = true and type = 'SQL'"));
        assertTrue(Database.count("select count(*) from content_page") >= 5);
        assertEquals(1, Database.count("select count(*) from job_lock where name = 'content-import'"));
    }

    private static String latestMigrationVersion() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("portal.migrations.dir")))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .orElseThrow();
        }
    }
}
