package org.leadbureau.portal.training;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Registering through the public API, for the training tests, and the trainings they share, made once per run (the
 * seeded ones are demo content, absent where PORTAL_DEMO is off).
 */
final class TrainingApi {

    /** A five-seat workshop. */
    static final String WORKSHOP = TestTrainings.training("Partners workshop").seats(5).publish();
    /** Registration opens in 30 days, 60 days before the training (in New York). */
    static final String NOT_YET_OPEN = TestTrainings.training("National convening")
            .startsIn(90, "America/New_York", LocalTime.of(9, 0)).opensIn(30).publish();
    /** At 1 PM in New York, for two hours. */
    static final TestTrainings WEBINAR_TRAINING = TestTrainings.training("Introduction webinar").seats(200)
            .startsIn(14, "America/New_York", LocalTime.of(13, 0));
    static final String WEBINAR = WEBINAR_TRAINING.publish();
    /** At noon in Denver. */
    static final String HARM_REDUCTION = TestTrainings.training("Harm reduction in practice")
            .startsIn(35, "America/Denver", LocalTime.NOON).publish();

    private TrainingApi() {
    }

    /** Registers as a browser with these {@code headers} (name, value pairs) would, e.g. Accept-Language. */
    static HttpResponse<String> register(String slug, String name, String email, String... headers) {
        String body = Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("organisation", "Test Police Department")
                .add("role", "Officer")
                .add("jurisdiction", "Springfield, IL")
                .add("answers", "None")
                .build().toString();
        return Http.post("/api/trainings/" + slug + "/registrations", body, headers);
    }
}
