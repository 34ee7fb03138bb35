package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.Multipart;
import org.leadbureau.portal.it.SearchHits;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.library.control.TestDocuments;
import org.leadbureau.portal.library.control.TextExtractor;

/**
 * Staff add documents through {@code /api/staff/resources} (HTTP Basic, as STAFF): uploaded PDFs and DOCX files are
 * found by the words in their bodies; files that are not what they claim, locked, too large or built to exhaust
 * memory are refused with a problem body naming the reason, and nothing is stored. Then change and delete.
 */
@SharedPortal
class StaffLibraryIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void anUploadedPdfAndDocxAreEachFoundByAWordOnlyInTheirBodies() throws Exception {
        String pdfWord = SearchHits.madeUpWord();
        String docxWord = SearchHits.madeUpWord();
        String pdf = created(upload("Uploaded field guide", "field-guide.pdf", "application/pdf",
                TestDocuments.pdf("Officers carry the " + pdfWord + " card on every shift.", null)));
        String docx = created(upload("Uploaded policy template", "template.docx", DOCX,
                TestDocuments.docx("The " + docxWord + " clause names the referral partners.")));

        assertEquals(List.of(pdf), hits(pdfWord));
        assertEquals(List.of(docx), hits(docxWord));
        assertEquals("application/pdf", Database.strings("select media_type from library_resource where slug = ?", pdf).get(0));
        assertEquals(DOCX, Database.strings("select media_type from library_resource where slug = ?", docx).get(0));
        assertEquals(200, Http.get("/library/" + pdf).statusCode());
    }

    @Test
    void theLanguageOfAnUploadWithoutOneIsDetectedAndStaffCanCorrectIt() throws Exception {
        String latvian = "Policijas darbinieki var novirzīt cilvēkus uz sociālajiem dienestiem, nevis arestēt viņus."
                + " Programma palīdz cilvēkiem, kuriem ir problēmas ar narkotikām, mājokli un garīgo veselību.";
        String slug = created(upload("Novirzīšanas programma " + SearchHits.madeUpWord(), "programma.txt", "text/plain",
                latvian.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("lv"), Database.strings("select language from library_resource where slug = ?", slug));
        assertTrue(Http.main(Http.get("/library/" + slug).body()).contains("Latvian"), "named for people");

        // Staff correct it (here to Lithuanian) through the same description the editor saves.
        HttpResponse<String> corrected = send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jakarta.json.Json.createObjectBuilder()
                        .add("title", "Novirzīšanas programma").add("summary", "Corrected by staff.").add("type", "GUIDE")
                        .add("topics", "policing").add("published", "2026-01-15").add("status", "PUBLISHED")
                        .add("language", "lt").build().toString())));
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertEquals(List.of("lt"), Database.strings("select language from library_resource where slug = ?", slug));

        String english = created(upload("Diversion programme " + SearchHits.madeUpWord(), "programme.txt", "text/plain",
                ("Officers may divert people to case managers instead of arresting them. The programme helps people"
                        + " with drug use, housing and mental health needs.").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("en"), Database.strings("select language from library_resource where slug = ?", english));
    }

    @Test
    void aTextFileRenamedToPdfIsRefusedAndNothingStored() throws Exception {
        assertRefused(upload("Pretend PDF", "report.pdf", "application/pdf",
                "Only text, posing as a PDF.".getBytes(StandardCharsets.UTF_8)), 415, "TYPE_MISMATCH");
    }

    @Test
    void anEncryptedPdfIsRefusedAndNothingStored() throws Exception {
        assertRefused(upload("Locked PDF", "locked.pdf", "application/pdf", TestDocuments.pdf("Secret.", "s3cret")),
                422, "ENCRYPTED");
    }

    @Test
    void aFileOverTwentyFiveMegabytesIsRefusedAndNothingStored() throws Exception {
        byte[] big = new byte[(int) TextExtractor.MAX_BYTES + 4096];
        Arrays.fill(big, (byte) 'a');
        assertRefused(upload("Too big", "big.txt", "text/plain", big), 413, "TOO_LARGE");
    }

    @Test
    void aZipBombDisguisedAsDocxIsRefusedAndNothingStored() throws Exception {
        // About 600 KB on the wire; its document part inflates to 600 MB.
        assertRefused(upload("Innocent template", "innocent.docx", DOCX, TestDocuments.zipBombDocx(600L * 1024 * 1024)),
                422, "SUSPICIOUS_COMPRESSION");
        // The server is still well.
        assertEquals(200, Http.get("/api/health").statusCode());
    }

    @Test
    void metadataChangesAndDeletionTakeEffectAtOnce() throws Exception {
        String word = SearchHits.madeUpWord();
        String slug = created(upload("Soon changed", "changed.pdf", "application/pdf",
                TestDocuments.pdf("The " + word + " rule.", null)));
        assertEquals(List.of(slug), hits(word));

        HttpResponse<String> changed = send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/" + slug))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\":\"Changed title\",\"summary\":\"Now a draft.\","
                        + "\"type\":\"REPORT\",\"topics\":[\"evaluation\"],\"audiences\":[],\"published\":\"2025-05-01\","
                        + "\"status\":\"DRAFT\"}")));
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject resource = Http.json(changed);
        assertEquals("Changed title", resource.getString("title"));
        assertEquals("DRAFT", resource.getString("status"));
        assertEquals(List.of(), hits(word), "a draft is not found");
        assertEquals(404, Http.get("/library/" + slug).statusCode());

        HttpResponse<String> deleted = send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/" + slug)).DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(0, Database.count("select count(*) from library_resource where slug = ?", slug));
        assertEquals(404, send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/" + slug)).DELETE()).statusCode());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertFalse(problem.getString("detail").isBlank());
        assertEquals(reason, problem.getJsonArray("errors").getJsonObject(0).getString("message"), problem.toString());
    }

    /** Uploads a published resource; a refused one must leave no resource and no file behind. */
    private static HttpResponse<String> upload(String title, String fileName, String contentType, byte[] content) throws Exception {
        long resources = Database.count("select count(*) from library_resource");
        long files = Database.count("select count(*) from library_file");
        var body = new Multipart()
                .field("title", title)
                .field("summary", "Uploaded by the staff library test.")
                .field("type", "GUIDE")
                .field("topics", "policing")
                .field("audiences", "police")
                .field("published", "2026-01-15")
                .field("status", "PUBLISHED")
                .file("file", fileName, contentType, content);
        HttpResponse<String> response = send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                .header("Content-Type", body.contentType()).POST(body.publisher()));
        if (response.statusCode() != 201) {
            assertEquals(resources, Database.count("select count(*) from library_resource"), "no resource stored");
            assertEquals(files, Database.count("select count(*) from library_file"), "no file stored");
        }
        return response;
    }

    private static String created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response).getString("slug");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(request.header("Authorization", StaffAccounts.staff().basic()).timeout(Duration.ofSeconds(120)).build());
    }

    private static List<String> hits(String word) {
        return SearchHits.slugs(Http.get("/api/search?q=" + word));
    }
}
