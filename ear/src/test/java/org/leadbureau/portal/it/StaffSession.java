package org.leadbureau.portal.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client with cookies, which signs in through the sign-in page as a plain form post. */
public final class StaffSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_SHOWN = Pattern.compile("name=\"([^\"]+:shown)\" value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static StaffSession signedIn(StaffAccounts.Account account) {
        StaffSession session = new StaffSession();
        HttpResponse<String> response = session.signIn(account.email(), account.password(), null);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Sign-in of " + account.email() + " failed: " + response.statusCode());
        }
        return session;
    }

    /** Opens /login (with ?next= when given) and posts the form; answers the post's response. */
    public HttpResponse<String> signIn(String email, String password, String next) {
        String page = "/login" + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        HttpResponse<String> form = get(page);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:email", email);
        fields.put("login:password", password);
        fields.put("login:signIn", "");
        fields.putAll(hiddenFields(form.body()));
        return postForm(page, fields);
    }

    /** @param headers name, value, name, value, ... (e.g. Accept-Language) */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** @param headers name, value, name, value, ... (e.g. Accept-Language) */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", Http.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> signOut() {
        return postForm("/logout", Map.of());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "JSESSIONID".equals(cookie.getName()))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Replaces the session cookie, as an attacker holding an old id would. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(Http.uri("/"), cookie);
    }

    /**
     * The hidden fields a browser without JavaScript posts with every Faces form: view state, CSP nonce and, on the
     * public forms, when the form was shown.
     */
    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", viewState(html));
        Matcher nonce = CSP_NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        Matcher shown = FORM_SHOWN.matcher(html);
        if (shown.find()) {
            fields.put(shown.group(1), shown.group(2));
        }
        return fields;
    }

    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No Faces view state in the page");
        }
        return matcher.group(1);
    }

    /** Sends a request with this session's cookies. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
