package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.TestResources;

/**
 * The bulk library import: a ZIP of files and a manifest, previewed (nothing stored), imported (a refused file or bad
 * line rejects that line only; a file already in the library updates its resource), and imported again (unchanged).
 */
@SharedPortal
class BulkImportIT {

    /** The manifest, at the top of the ZIP. */
    private static final String MANIFEST = "manifest.csv";
    private static final String HEADER = "file,title,summary,type,topics,audiences,published,status,language\r\n";

    @Test
    void aPreviewStoresNothingAndTheImportCreatesUpdatesAndRejectsLineByLine() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String heldText = "A document the library holds already, " + run;
        byte[] held = heldText.getBytes(StandardCharsets.UTF_8);
        String existing = TestResources.upload("Held " + run, "held.txt", heldText, "DRAFT");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("guides/new-" + run + ".md", ("# Warm handoffs\n\nCase managers meet people where they are. " + run)
                .getBytes(StandardCharsets.UTF_8));
        files.put("held.txt", held);
        files.put("tool.exe", new byte[] {0x4d, 0x5a, 0, 1});
        files.put("typeless.txt", ("No type " + run).getBytes(StandardCharsets.UTF_8));
        files.put("topicless.txt", ("No known topic " + run).getBytes(StandardCharsets.UTF_8));
        files.put(MANIFEST, (HEADER
                + "guides/new-" + run + ".md,Imported guide " + run + ",A guide from the archive,GUIDE,policing;harm-reduction,police,2021-03-04,PUBLISHED,en\r\n"
                + "held.txt,Renamed " + run + ",Now described by the manifest,FAQ,policing,,2020-01-01,DRAFT,en\r\n"
                + "missing.pdf,Missing " + run + ",Not in the ZIP,GUIDE,policing,,2020-01-01,DRAFT,en\r\n"
                + "tool.exe,A program " + run + ",Not a document,GUIDE,policing,,2020-01-01,DRAFT,en\r\n"
                + "typeless.txt,Typeless " + run + ",No type,NOPE,policing,,2020-01-01,DRAFT,en\r\n"
                + "topicless.txt,Topicless " + run + ",Unknown topic,GUIDE,housing-first,police,2020-01-01,DRAFT,en\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(files, false);

        JsonObject preview = report(importZip(zip, true), 200);
        assertCounts(preview, 1, 1, 0);
        assertRejected(preview, List.of(4L, 5L, 6L, 7L), List.of("missing.pdf", "tool.exe", "typeless.txt", "topicless.txt"));
        assertEquals(0, Database.count("select count(*) from library_resource where title = ?", "Imported guide " + run),
                "a preview creates nothing");
        assertEquals(List.of("Held " + run), Database.strings("select title from library_resource where slug = ?", existing),
                "a preview changes nothing");

        JsonObject done = report(importZip(zip, false), 200);
        assertCounts(done, 1, 1, 0);
        assertRejected(done, List.of(4L, 5L, 6L, 7L), List.of("missing.pdf", "tool.exe", "typeless.txt", "topicless.txt"));
        assertTrue(reason(done, 4).contains("holds no file 'missing.pdf'"), reason(done, 4));
        assertTrue(reason(done, 5).contains("\"tool.exe\" is none of these"), reason(done, 5));
        assertTrue(reason(done, 6).startsWith("Choose a type"), reason(done, 6));
        // An unknown topic is a refusal of that line, not a failed transaction.
        assertEquals("Unknown topics: housing-first.", reason(done, 7));
        assertEquals(1, Database.count("select count(*) from library_resource where title = ? and status = 'PUBLISHED'",
                "Imported guide " + run));
        assertEquals(List.of("Renamed " + run), Database.strings("select title from library_resource where slug = ?",
                existing), "the file already held was described anew, not copied");
        assertEquals(2, Database.count("select count(*) from library_resource where title like ?", "%" + run + "%"),
                "nothing else was stored");
        JsonObject found = Http.json(Http.get("/api/search?q=" + run));
        assertTrue(found.getJsonArray("hits").stream().anyMatch(hit -> hit.asJsonObject().getString("title")
                .equals("Imported guide " + run)), "the imported text is searchable: " + found);

        JsonObject again = report(importZip(zip, false), 200);
        assertCounts(again, 0, 0, 2);
    }

    @Test
    void anUploadThatIsNoZipOrHasNoManifestIsRefusedWithAProblem() throws Exception {
        JsonObject notZip = report(importZip("just text".getBytes(StandardCharsets.UTF_8), false), 400);
        assertEquals("The upload is not a ZIP archive.", notZip.getString("detail"));

        JsonObject noManifest = report(importZip(zip(Map.of("a.txt", new byte[] {'a'}), false), false), 400);
        assertEquals("manifest", noManifest.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /** Above the 26 MB the server takes at every other address: the body is read, and the oversized file rejects its line. */
    @Test
    void theImportTakesBodiesAboveTheUsualLimit() throws Exception {
        byte[] large = new byte[26 * 1024 * 1024];
        new Random(7).nextBytes(large);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("large.txt", large);
        files.put(MANIFEST, (HEADER + "large.txt,Large,Too large,GUIDE,policing,,2020-01-01,DRAFT,en\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(files, true);
        assertTrue(zip.length > 27_262_976, "the body is above the usual limit");

        JsonObject done = report(importZip(zip, true), 200);
        assertCounts(done, 0, 0, 0);
        assertTrue(reason(done, 2).contains("up to 25"), reason(done, 2));
    }

    private static HttpResponse<String> importZip(byte[] zip, boolean dryRun) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/import" + (dryRun ? "?dryRun=true" : "")))
                .timeout(Duration.ofSeconds(120)).header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build());
    }

    private static JsonObject report(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static void assertCounts(JsonObject report, int created, int updated, int unchanged) {
        assertEquals(List.of(created, updated, unchanged), List.of(report.getInt("created"), report.getInt("updated"),
                report.getInt("unchanged")), report.toString());
    }

    private static void assertRejected(JsonObject report, List<Long> lines, List<String> files) {
        JsonArray rejected = report.getJsonArray("rejected");
        assertEquals(lines, rejected.stream().map(line -> line.asJsonObject().getJsonNumber("line").longValue()).toList(),
                report.toString());
        assertEquals(files, rejected.stream().map(line -> line.asJsonObject().getString("file")).toList());
    }

    private static String reason(JsonObject report, long line) {
        return report.getJsonArray("rejected").stream().map(JsonObject.class::cast)
                .filter(rejected -> rejected.getJsonNumber("line").longValue() == line).findFirst()
                .orElseThrow(() -> new AssertionError("line " + line + " is not rejected: " + report))
                .getString("reason");
    }

    /** The files in a ZIP; {@code stored} keeps them uncompressed, so the ZIP is as large as its files. */
    private static byte[] zip(Map<String, byte[]> files, boolean stored) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(file.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(file.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
