package org.leadbureau.portal.training;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import org.leadbureau.portal.it.Http;

/** Registering through the public API, for the training tests. */
final class TrainingApi {

    /** The seeded five-seat workshop. */
    static final String WORKSHOP = "law-enforcement-partners-workshop";
    /** Seeded; registration opens 30 days before it, 60 days from the import. */
    static final String NOT_YET_OPEN = "lead-national-convening";
    static final String WEBINAR = "introduction-to-lead";
    static final String HARM_REDUCTION = "harm-reduction-in-practice";

    private TrainingApi() {
    }

    static HttpResponse<String> register(String slug, String name, String email) {
        String body = Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("organisation", "Test Police Department")
                .add("role", "Officer")
                .add("jurisdiction", "Springfield, IL")
                .add("answers", "None")
                .build().toString();
        return Http.post("/api/trainings/" + slug + "/registrations", body);
    }
}
