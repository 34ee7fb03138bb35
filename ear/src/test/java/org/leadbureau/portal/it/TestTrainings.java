package org.leadbureau.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A training a test makes for itself through the staff API, published: the seeded trainings are demo content, absent
 * where PORTAL_DEMO is off (MariaDB), so no test may count on them. The title gets a unique suffix; by default it is
 * virtual, 30 days ahead at 10:00 in Chicago, with 100 seats.
 */
public final class TestTrainings {

    private final String title;
    private final String joinLink = "https://meet.example.org/" + UUID.randomUUID();
    private int capacity = 100;
    private int daysAhead = 30;
    private String zone = "America/Chicago";
    private LocalTime start = LocalTime.of(10, 0);
    private Integer opensInDays;

    private TestTrainings(String title) {
        this.title = title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static TestTrainings training(String title) {
        return new TestTrainings(title);
    }

    public TestTrainings seats(int capacity) {
        this.capacity = capacity;
        return this;
    }

    /** Starts {@code days} from today at {@code time} in {@code zone}. */
    public TestTrainings startsIn(int days, String zone, LocalTime time) {
        this.daysAhead = days;
        this.zone = zone;
        this.start = time;
        return this;
    }

    /** Registration opens {@code days} from today (at noon in the training's zone). */
    public TestTrainings opensIn(int days) {
        this.opensInDays = days;
        return this;
    }

    public String title() {
        return title;
    }

    /** Where it takes place online: for confirmed registrants only. */
    public String joinLink() {
        return joinLink;
    }

    /** Creates it, published; returns its slug. */
    public String publish() {
        LocalDateTime starts = LocalDate.now().plusDays(daysAhead).atTime(start);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("title", title)
                .add("description", "A training a test made for itself.")
                .add("format", "VIRTUAL")
                .add("start", starts.toString())
                .add("end", starts.plusHours(2).toString())
                .add("zone", zone)
                .add("capacity", capacity)
                .add("status", "PUBLISHED")
                .add("joinLink", joinLink);
        if (opensInDays != null) {
            json.add("registrationOpens", LocalDate.now().plusDays(opensInDays).atTime(LocalTime.NOON).toString());
        }
        HttpResponse<String> created = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/trainings"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", StaffAccounts.ADMIN.basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.build().toString())).build());
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getString("slug");
    }

    /**
     * The fields a browser posts when a button of a registrant's cancel form ({@code askCancel}, {@code confirmCancel},
     * {@code keep}) is pressed on this page, the confirm step's own field included.
     */
    public static Map<String, String> cancelForm(String page, String button) {
        Map<String, String> fields = new LinkedHashMap<>(StaffSession.hiddenFields(page));
        fields.put("cancelForm", "cancelForm");
        fields.put("cancelForm:" + button, "");
        if (page.contains("name=\"confirming\" value=\"true\"")) {
            fields.put("confirming", "true");
        }
        return fields;
    }
}
