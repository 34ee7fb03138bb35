package org.leadbureau.portal.inquiry;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;

/** Posting inquiries in tests, and resetting the rate-limit counts so that tests never collide. */
public final class InquiryApi {

    /** The inquiry form's name in the rate-limit counts. */
    static final String INTAKE = "inquiry-intake";

    /** The contact form's minimum fill time on the test server (PORTAL_FORM_MIN_FILL, shortened for the tests). */
    static final Duration MINIMUM_FILL = Duration.parse(System.getProperty("portal.form.min.fill"));

    private InquiryApi() {
    }

    /** Waits until a person could have filled in a form shown at {@code shown} (the minimum time, and a margin). */
    public static void takeTimeToFillIn(Instant shown) throws InterruptedException {
        Duration left = Duration.between(Instant.now(), shown.plus(MINIMUM_FILL).plusMillis(200));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
    }

    /** A complete, valid inquiry; {@code change} may adjust it. */
    public static JsonObject inquiry(String email, Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("name", "Jordan Lee")
                .add("email", email)
                .add("phone", "+1 (555) 010-2030")
                .add("organisation", "Riverton Police Department")
                .add("role", "Deputy chief")
                .add("jurisdiction", "Riverton")
                .add("state", "WY")
                .add("stage", "EXPLORING")
                .add("interests", Json.createArrayBuilder().add("TRAINING").add("SITE_VISIT"))
                .add("stakeholders", Json.createArrayBuilder().add("POLICE").add("PROSECUTOR"))
                .add("message", "Our county is considering LEAD. Could you tell us how to start?")
                .add("consent", JsonValue.TRUE);
        change.accept(body);
        return body.build();
    }

    static HttpResponse<String> post(JsonObject inquiry) {
        return Http.post("/api/inquiries", inquiry.toString());
    }

    /** Posts a valid inquiry and answers its reference. */
    public static String submit(String email, Consumer<JsonObjectBuilder> change) {
        HttpResponse<String> response = post(inquiry(email, change));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Inquiry refused: " + response.statusCode() + " " + response.body());
        }
        return Http.json(response).getString("reference");
    }

    /** Every IT posts from 127.0.0.1: each test that posts inquiries starts with the rate-limit counts at zero. */
    public static void resetLimits() throws SQLException {
        FormCounts.clear(INTAKE);
    }
}
