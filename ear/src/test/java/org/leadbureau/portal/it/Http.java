package org.leadbureau.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for the portal under test; redirects are not followed, so tests can see them. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    private Http() {
    }

    /**
     * The HTML of a page, after checking that it is the page meant: status 200 and this main heading. What a test
     * then finds missing on it is missing from that page, not from an error page or the sign-in page.
     */
    public static String page(HttpResponse<String> response, String heading) {
        assertEquals(200, response.statusCode(), response.uri() + " answered " + response.statusCode());
        Matcher h1 = HEADING.matcher(response.body());
        assertTrue(h1.find(), "no heading on " + response.uri());
        String shown = h1.group(1).replaceAll("<[^>]+>", "").strip().replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertEquals(heading, shown, "the heading of " + response.uri());
        return response.body();
    }

    /** A page's own content, its {@code <main>}: without the header and footer that every page has. */
    public static String main(String html) {
        int start = html.indexOf("<main");
        assertTrue(start >= 0, "a page with a <main>");
        return html.substring(start, html.indexOf("</main>", start));
    }

    /**
     * A page's text with every run of white space, the no-break space included ("1:00 p.&nbsp;m."), as one space:
     * what a reader sees, to compare with.
     */
    public static String spaced(String html) {
        return html.replace("&nbsp;", " ").replace("&#160;", " ").replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    public static String baseUrl() {
        return System.getProperty("portal.base.url", "http://localhost:8080");
    }

    public static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public static HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A GET whose body is kept as bytes (downloads). */
    public static HttpResponse<byte[]> getBytes(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a JSON body (or nothing, when {@code json} is null). */
    /** A POST of {@code json} (none when null), with any {@code headers} as name, value pairs. */
    public static HttpResponse<String> post(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    /** A call by a staff account with HTTP Basic: a JSON body, or none when {@code json} is null. */
    public static HttpResponse<String> send(String method, String path, String json, StaffAccounts.Account as) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", as.basic());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
