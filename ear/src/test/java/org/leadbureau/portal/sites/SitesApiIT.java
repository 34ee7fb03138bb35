package org.leadbureau.portal.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;

/** The directory through its API: the seeded real sites, filters, paging, sorting, formats and errors. */
@SharedPortal
class SitesApiIT {

    private static JsonArray sites(String query) {
        var response = Http.get("/api/sites" + query);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return Http.jsonArray(response);
    }

    private static List<String> names(JsonArray sites) {
        return sites.getValuesAs(JsonObject.class).stream().map(site -> site.getString("name")).toList();
    }

    @Test
    void theSeededRealSitesAreListedWithTheSourceOfTheirFactsAndTheirLaunchPrecision() throws Exception {
        JsonArray all = sites("");

        assertEquals(28, all.size());
        assertEquals(28, Database.count("select count(*) from site"));
        assertTrue(all.getValuesAs(JsonObject.class).stream().allMatch(site -> site.getString("sourceUrl").startsWith("https://")));
        JsonObject santaFe = Http.json(Http.get("/api/sites/santa-fe-lead"));
        assertEquals("2014-04-21", santaFe.getString("launched"));
        assertEquals("NM", santaFe.getString("state"));
        assertEquals("America/Denver", santaFe.getString("timeZone"));
        assertEquals("OPERATIONAL", santaFe.getJsonArray("statusHistory").getJsonObject(0).getString("status"));
        assertEquals("2018", Http.json(Http.get("/api/sites/lead-burien")).getString("launched"));
        assertEquals(JsonValue.NULL, Http.json(Http.get("/api/sites/huntington-lead")).get("launched"));
    }

    @Test
    void filtersNarrowTheListAndCombine() {
        assertEquals(Set.of("LEAD Seattle / King County", "LEAD Burien", "Thurston County LEAD"),
                Set.copyOf(names(sites("?state=WA"))));
        assertEquals(Set.of("Honolulu LEAD", "New Haven LEAD"), Set.copyOf(names(sites("?status=paused"))));
        assertEquals(Set.of("Thurston County LEAD", "New Mexico LEAD", "Jacksonville LEAD", "Waldo & Knox Counties LEAD"),
                Set.copyOf(names(sites("?launchedFrom=2020&launchedTo=2021"))));
        assertEquals(List.of("Houston / Harris County Youth LEAD"), names(sites("?q=YOUTH")));
        assertEquals(List.of("New Mexico LEAD"), names(sites("?state=NM&status=LAUNCHING")));
        assertEquals(List.of(), names(sites("?state=WA&status=ENDED")));
        assertEquals(List.of(), names(sites("?q=%25")), "a percent sign is searched for, not a wildcard");
        assertEquals(List.of(), names(sites("?q=_")), "so is an underscore");
    }

    @Test
    void pagesAreSortedByTheDatabaseAndTogetherHoldEverySiteOnce() {
        JsonObject first = Http.json(Http.get("/api/sites?page=1&size=4&sort=-launched"));
        assertEquals(28, first.getInt("total"));
        assertEquals(4, first.getInt("size"));
        assertEquals(List.of("Ithaca LEAD", "Frederick County LEAD", "New Mexico LEAD", "Thurston County LEAD"),
                names(first.getJsonArray("items")));

        assertEquals(List.of("Albany LEAD", "Atlanta/Fulton County Pre-Arrest Diversion", "Baltimore LEAD"),
                names(Http.json(Http.get("/api/sites?size=3")).getJsonArray("items")));

        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            var items = Http.json(Http.get("/api/sites?sort=state&size=10&page=" + page)).getJsonArray("items");
            items.getValuesAs(JsonObject.class).forEach(site -> assertTrue(seen.add(site.getString("slug")), site.toString()));
        }
        assertEquals(28, seen.size());
        JsonObject filtered = Http.json(Http.get("/api/sites?state=NC&page=1&size=2"));
        assertEquals(3, filtered.getInt("total"));
        assertEquals(2, filtered.getJsonArray("items").size());
    }

    @Test
    void badParametersAnswer400NamingTheParameter() {
        for (String query : List.of("state=XX", "status=RUNNING", "launchedFrom=twenty", "launchedFrom=2020&launchedTo=2010",
                "size=0", "size=101", "page=0", "page=-1", "sort=colour", "format=xml",
                "page=1&format=csv")) {
            var response = Http.get("/api/sites?" + query);
            assertEquals(400, response.statusCode(), query);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), query);
            JsonObject problem = Http.json(response);
            String field = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
            assertTrue(problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(error -> error.getString("field").equals(field)), query + ": " + problem);
        }
    }

    @Test
    void anUnknownSiteIs404WithAProblemBody() {
        var response = Http.get("/api/sites/no-such-site");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void csvDownloadsAreInTheImportFormatAndAgreeWithTheJson() {
        var byHeader = Http.get("/api/sites?state=WA", "Accept", "text/csv");
        var byFormat = Http.get("/api/sites?state=WA&format=csv");

        assertEquals(200, byHeader.statusCode());
        assertTrue(byHeader.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(byHeader.body(), byFormat.body());
        List<String> lines = byFormat.body().lines().toList();
        assertTrue(lines.get(0).startsWith("name,jurisdiction,state,status,launched,source_url,notes,"), lines.get(0));
        assertEquals(1 + sites("?state=WA").size(), lines.size());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",WA,")));
        assertTrue(byFormat.body().contains("LEAD Seattle / King County,Seattle and unincorporated King County,WA,OPERATIONAL,2011-10,"));
    }

    @Test
    void geoJsonHoldsTheSitesWithCoordinatesLongitudeFirst() throws Exception {
        Database.update("update site set latitude = 35.687, longitude = -105.938 where slug = 'santa-fe-lead'");
        try {
            var response = Http.get("/api/sites?state=NM&format=geojson");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
            JsonArray features = Http.json(response).getJsonArray("features");
            assertEquals(1, features.size(), "New Mexico LEAD has no coordinates");
            JsonObject feature = features.getJsonObject(0);
            assertEquals("Santa Fe LEAD", feature.getJsonObject("properties").getString("name"));
            assertEquals(-105.938, feature.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(0).doubleValue());
            assertEquals(35.687, feature.getJsonObject("geometry").getJsonArray("coordinates").getJsonNumber(1).doubleValue());
            assertFalse(feature.getJsonObject("properties").containsKey("latitude")
                    || feature.getJsonObject("properties").containsKey("longitude"), "the geometry has the coordinates");
            JsonObject listed = Http.jsonArray(Http.get("/api/sites?state=NM")).getValuesAs(JsonObject.class).stream()
                    .filter(site -> site.getString("slug").equals("santa-fe-lead")).findFirst().orElseThrow();
            assertEquals(35.687, listed.getJsonNumber("latitude").doubleValue(), "the JSON list keeps them");
        } finally {
            Database.update("update site set latitude = null, longitude = null where slug = 'santa-fe-lead'");
        }
    }

    @Test
    void aRetiredSiteLeavesThePublicDirectoryButIsKept() throws Exception {
        Database.update("update site set retired_at = current_timestamp where slug = 'mercer-county-lead'");
        try {
            assertEquals(404, Http.get("/api/sites/mercer-county-lead").statusCode());
            assertEquals(404, Http.get("/sites/mercer-county-lead").statusCode());
            assertEquals(2, sites("?state=WV").size());
            assertEquals(1, Database.count("select count(*) from site where slug = 'mercer-county-lead'"));
        } finally {
            Database.update("update site set retired_at = null where slug = 'mercer-county-lead'");
        }
    }

    @Test
    void anonymousCallersCannotImport() throws Exception {
        var request = HttpRequest.newBuilder(Http.uri("/api/staff/sites/import"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("name,state,status\nIntruder LEAD,WA,OPERATIONAL\n"))
                .build();

        var response = Http.send(request);

        assertTrue(response.statusCode() == 401 || response.statusCode() == 403, response.statusCode() + " " + response.body());
        assertEquals(0, Database.count("select count(*) from site where name = 'Intruder LEAD'"));
    }
}
