package org.leadbureau.portal.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * {@code POST /api/staff/sites/import}: a file with good and bad rows imports the good ones and reports the bad;
 * importing an export changes nothing; files that are not CSV or too large are refused whole. As a STAFF user
 * over HTTP Basic. The sites it adds are deleted again.
 */
@SharedPortal
class StaffSitesImportIT {

    private static String staffAuthorization() {
        return StaffAccounts.staff().basic();
    }

    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/sites/import"))
                .header("Content-Type", contentType)
                .header("Authorization", staffAuthorization())
                .POST(body).build());
    }

    @Test
    void goodRowsAreImportedAndBadRowsReportedWithLineAndReason() throws Exception {
        String header = "name,jurisdiction,state,status,launched,source_url,notes\r\n";
        try {
            assertEquals(1, Http.json(post("text/csv", HttpRequest.BodyPublishers.ofString(header
                    + "Spokane LEAD,Spokane,WA,PLANNING,2025,https://example.org/spokane,\r\n"))).getInt("created"));

            var response = post("text/csv", HttpRequest.BodyPublishers.ofString(header
                    + "Spokane LEAD,Spokane,WA,LAUNCHING,2025,https://example.org/spokane,First referrals\r\n"
                    + "Yakima LEAD,Yakima,WA,EXPLORING,,https://example.org/yakima,\r\n"
                    + "Nowhere LEAD,Nowhere,XX,OPERATIONAL,2018,,\r\n"
                    + "Yakima LEAD,Yakima,WA,PLANNING,,,\r\n"
                    + ",Somewhere,WA,OPERATIONAL,2018,,\r\n"
                    + "\"Broken\" LEAD,Here,WA,OPERATIONAL,2018,,\r\n"));

            assertEquals(200, response.statusCode(), response.body());
            JsonObject report = Http.json(response);
            assertEquals(1, report.getInt("created"));
            assertEquals(1, report.getInt("updated"));
            assertEquals(List.of(4, 5, 6, 7), report.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                    .map(rejection -> rejection.getInt("line")).toList());
            assertTrue(report.getJsonArray("rejected").getJsonObject(0).getString("reason").startsWith("unknown state 'XX'"));
            assertEquals(List.of("EXPLORING"), Database.strings("select status from site where slug = 'yakima-lead'"));
            assertEquals(List.of("PLANNING", "LAUNCHING"), Database.strings("select c.status from site_status_change c"
                    + " join site s on s.id = c.site_id where s.slug = 'spokane-lead' order by c.id"));
        } finally {
            // Leave the seeded directory as the other tests expect it.
            Database.update("delete from site_status_change where site_id in (select id from site where slug in ('spokane-lead', 'yakima-lead'))");
            Database.update("delete from site where slug in ('spokane-lead', 'yakima-lead')");
        }
    }

    @Test
    void importingAnExportChangesNothingAndTheExportRunsNoFormulas() throws Exception {
        // A site whose text a spreadsheet would take for formulas.
        assertEquals(1, Http.json(post("text/csv", HttpRequest.BodyPublishers.ofString(
                "name,jurisdiction,state,status,launched,source_url,notes,organisation\r\n"
                        + "@Formula LEAD,+Plus County,WA,PLANNING,,,=1+1,-Dash Org\r\n"))).getInt("created"));
        try {
            String export = Http.get("/api/sites?format=csv").body();
            assertTrue(export.contains("'@Formula LEAD,'+Plus County,WA,PLANNING,,,'=1+1,,'-Dash Org,"), export);
            long history = Database.count("select count(*) from site_status_change");

            JsonObject report = Http.json(post("text/csv", HttpRequest.BodyPublishers.ofString(export)));

            assertEquals(0, report.getInt("created"));
            assertEquals(0, report.getInt("updated"));
            assertEquals(0, report.getJsonArray("rejected").size());
            assertEquals(export, Http.get("/api/sites?format=csv").body());
            assertEquals(history, Database.count("select count(*) from site_status_change"));
            assertEquals(List.of("=1+1"), Database.strings("select notes from site where name = '@Formula LEAD'"));
        } finally {
            Database.update("delete from site_status_change where site_id in (select id from site where name = '@Formula LEAD')");
            Database.update("delete from site where name = '@Formula LEAD'");
        }
    }

    @Test
    void aFileThatIsNotCsvOrTooLargeIsRefusedWhole() throws Exception {
        long sites = Database.count("select count(*) from site");

        var notCsv = post("text/csv", HttpRequest.BodyPublishers.ofByteArray(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));
        assertEquals(400, notCsv.statusCode());
        assertEquals("application/problem+json", notCsv.headers().firstValue("Content-Type").orElse(""));

        byte[] large = ("name,state,status\n" + "X LEAD,WA,OPERATIONAL\n".repeat(250_000)).getBytes();
        assertEquals(413, post("text/csv", HttpRequest.BodyPublishers.ofByteArray(large)).statusCode());
        assertEquals(sites, Database.count("select count(*) from site"));
    }
}
