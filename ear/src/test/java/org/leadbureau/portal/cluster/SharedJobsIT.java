package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadbureau.portal.cluster.SharedRulesIT.atOnce;
import static org.leadbureau.portal.cluster.SharedRulesIT.node;
import static org.leadbureau.portal.cluster.SharedRulesIT.registration;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Scheduled work started on both nodes at the same moment is done once: ADMIN's "run it now" takes the same job lock
 * as the schedule, so these calls, three to each node at once, race as the nodes' timers would.
 */
@ExtendWith(Cluster.class)
class SharedJobsIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void remindersRunOnBothNodesAtOnceRemindEachRegistrantOnce() throws Exception {
        TestTrainings training = TestTrainings.training("Cluster reminders");
        String slug = training.publish();
        List<String> registrants = IntStream.range(0, 20).mapToObj(i -> "reminded-" + run + "-" + i + "@cluster.test").toList();
        for (int i = 0; i < registrants.size(); i++) {
            HttpFrom.Response registered = HttpFrom.address("127.0.0.3").to(node(i)).post("/api/trainings/" + slug
                    + "/registrations", "application/json", registration(registrants.get(i)).toString());
            assertEquals(201, registered.status(), registered.body());
        }
        // The training is now 20 hours away, and they all registered three days ago: each is due a reminder.
        Instant now = Instant.now();
        Database.update("update training set starts_at = ?, ends_at = ? where slug = ?",
                Database.utc(now.plus(Duration.ofHours(20))), Database.utc(now.plus(Duration.ofHours(22))), slug);
        Database.update("update training_registration set created_at = ? where training_id = (select id from training"
                + " where slug = ?)", Database.utc(now.minus(Duration.ofDays(3))), slug);

        List<HttpResponse<String>> answers = atOnce(6, i -> () -> asAdmin(i, "/api/staff/trainings/reminders"));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        Map<String, Long> reminders = counted(Database.strings("select recipient from outbox_message where subject = ?",
                "Tomorrow: " + training.title()));
        assertEquals(registrants.stream().collect(Collectors.toMap(Function.identity(), each -> 1L)), reminders,
                "one reminder each");
    }

    @Test
    void retentionRunOnBothNodesAtOnceRemovesTheExpiredRowsWithoutErrors() throws Exception {
        String actor = "retention-" + run + "@cluster.test";
        try (Connection db = Database.connect();
             PreparedStatement insert = db.prepareStatement("insert into audit_event (occurred_at, actor, action, subject)"
                     + " values (?, ?, 'SIGN_IN', 'planted by the cluster test')")) {
            for (int i = 0; i < 30; i++) {
                insert.setTimestamp(1, Database.utc(Instant.now().minus(Duration.ofDays(3 * 365 + i))));
                insert.setString(2, actor);
                insert.executeUpdate();
            }
        }

        List<HttpResponse<String>> answers = atOnce(6, i -> () -> asAdmin(i, "/api/staff/admin/retention"));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        assertEquals(0, Database.count("select count(*) from audit_event where actor = ?", actor), "all removed");
    }

    /** POST to {@code path} on node 1 (even {@code i}) or node 2 (odd), as ADMIN. */
    private static HttpResponse<String> asAdmin(int i, String path) {
        return Http.send(HttpRequest.newBuilder(node(i).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", StaffAccounts.ADMIN.basic()).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Map<String, Long> counted(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
