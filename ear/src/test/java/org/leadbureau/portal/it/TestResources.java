package org.leadbureau.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Library resources a test uploads for itself through the staff API (multipart, as curl sends it): the seeded
 * example documents are demo content, absent where PORTAL_DEMO is off.
 */
public final class TestResources {

    private TestResources() {
    }

    /** Uploads a UTF-8 text file as a resource with this title and status; asserts 201 and returns the slug. */
    public static String upload(String title, String fileName, String text, String status) {
        return uploadIn(null, title, fileName, text, status);
    }

    /** {@link #upload}, in the language with this code ("es"); null leaves it to the portal to detect. */
    public static String uploadIn(String language, String title, String fileName, String text, String status) {
        HttpResponse<String> created = send(title, "Uploaded by a test: " + title, fileName,
                text.getBytes(StandardCharsets.UTF_8), status, language);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }

    /** The upload's answer, whatever it is. */
    public static HttpResponse<String> send(String title, String summary, String fileName, byte[] content,
                                            String status) {
        return send(title, summary, fileName, content, status, null);
    }

    private static HttpResponse<String> send(String title, String summary, String fileName, byte[] content,
                                             String status, String language) {
        var body = new Multipart()
                .field("title", title)
                .field("summary", summary)
                .field("type", "GUIDE")
                .field("topics", "policing")
                .field("audiences", "police")
                .field("published", LocalDate.now().minusDays(30).toString())
                .field("status", status)
                .file("file", fileName, "text/plain; charset=UTF-8", content);
        if (language != null) {
            body.field("language", language);
        }
        return Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", StaffAccounts.staff().basic())
                .header("Content-Type", body.contentType()).POST(body.publisher()).build());
    }

    /** Deletes a resource through the staff API. */
    public static void delete(String slug) {
        Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/resources/" + slug))
                .header("Authorization", StaffAccounts.staff().basic()).DELETE().build());
    }
}
