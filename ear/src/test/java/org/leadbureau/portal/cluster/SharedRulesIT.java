package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.TestTrainings;
import org.leadbureau.portal.visits.VisitApi;

/**
 * The rules that hold on one node hold across two: requests spread over both nodes at once, straight to each node's
 * own port, meet the same seats, the same trainer's calendar, the same rate-limit counts and the same outbox.
 */
@ExtendWith(Cluster.class)
class SharedRulesIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void fiftyRegistrationsForFiveSeatsOverBothNodesConfirmFiveAndWaitlistFortyFive() throws Exception {
        String training = TestTrainings.training("Cluster workshop").seats(5).publish();
        List<HttpFrom.Response> answers = atOnce(50, i -> () -> HttpFrom.address("127.0.0.2").to(node(i))
                .post("/api/trainings/" + training + "/registrations", "application/json",
                        registration("seat-" + run + "-" + i + "@cluster.test").toString()));

        Map<String, Integer> statuses = new TreeMap<>();
        Set<Integer> positions = new HashSet<>();
        for (HttpFrom.Response answer : answers) {
            assertEquals(201, answer.status(), answer.body());
            JsonObject outcome = answer.json();
            statuses.merge(outcome.getString("status"), 1, Integer::sum);
            if ("WAITLISTED".equals(outcome.getString("status"))) {
                positions.add(outcome.getInt("position"));
            }
        }
        assertEquals(Map.of("CONFIRMED", 5, "WAITLISTED", 45), statuses);
        assertEquals(IntStream.rangeClosed(1, 45).boxed().collect(Collectors.toSet()), positions,
                "each waitlist position given once");
        assertEquals(5, Database.count("select count(*) from training_registration r join training t"
                + " on t.id = r.training_id where t.slug = ? and r.status = 'CONFIRMED'", training));
    }

    @Test
    void ofEightSimultaneousBookingsOfOneTrainerOverBothNodesExactlyOneSucceeds() throws Exception {
        Account trainer = VisitApi.newTrainer("Nico Node");
        List<Account> bookers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bookers.add(StaffAccounts.ensure(new Account("cluster-booker" + i + "@leadbureau.test",
                    "a booking colleague's password"), "Cluster booker " + i, "STAFF"));
        }
        int year = VisitApi.YEAR;
        List<HttpResponse<String>> answers = atOnce(8, i -> () -> Http.send(HttpRequest.newBuilder(
                        node(i).resolve("/api/staff/visits")).timeout(Duration.ofSeconds(60))
                .header("Authorization", bookers.get(i).basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(VisitApi.visit(i % 2 == 0 ? VisitApi.SANTA_FE : VisitApi.BURIEN,
                        "Cluster booking " + i, "ON_SITE", year + "-07-1" + (i % 3) + "T09:00", year + "-07-13T17:00",
                        trainer))).build()));

        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertEquals(List.of(201, 409, 409, 409, 409, 409, 409, 409), statuses, answers.toString());
        assertEquals(1, Database.count("select count(*) from site_visit_trainer t join staff_user u"
                + " on u.id = t.trainer_id where u.email = ?", trainer.email()));
    }

    @Test
    void anAddressMeetsOneInquiryLimitWhicheverNodeItReaches() {
        // Five inquiries an hour from one address (InquiryAbuseIT): alternating nodes, the sixth is refused.
        HttpFrom client = HttpFrom.address("127.0.0.9");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(client.to(node(i)).post("/api/inquiries", "application/json",
                    inquiry("limit-" + run + "-" + i + "@cluster.test").toString()).status());
        }
        assertEquals(List.of(201, 201, 201, 201, 201, 429), statuses);
    }

    @Test
    void inquiriesArrivingAtOnceOnBothNodesGetDistinctReferences() throws Exception {
        List<HttpFrom.Response> answers = atOnce(20, i -> () -> HttpFrom.address("127.0.1." + (i + 10)).to(node(i))
                .post("/api/inquiries", "application/json", inquiry("ref-" + run + "-" + i + "@cluster.test").toString()));
        Set<String> references = new HashSet<>();
        for (HttpFrom.Response answer : answers) {
            assertEquals(201, answer.status(), answer.body());
            references.add(answer.json().getString("reference"));
        }
        assertEquals(20, references.size(), references.toString());
    }

    @Test
    void fortyQueuedMessagesReachTheSmtpServerOnceEachWithBothSendersRunning() throws Exception {
        GreenMail mail = Cluster.running().mail();
        List<String> recipients = IntStream.range(0, 40).mapToObj(i -> "outbox-" + run + "-" + i + "@mail.test").toList();
        // Queued in one transaction, due at once: both nodes' senders (every 10 s) find all forty waiting.
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("insert into outbox_message (recipient, subject,"
                    + " body_text, body_html, status, attempts, next_attempt_at, created_at, version)"
                    + " values (?, ?, 'Queued by the cluster test.', '<p>Queued by the cluster test.</p>', 'QUEUED', 0, ?, ?, 0)")) {
                Timestamp now = Database.utc(Instant.now());
                for (String recipient : recipients) {
                    insert.setString(1, recipient);
                    insert.setString(2, "Cluster outbox " + run);
                    insert.setTimestamp(3, now);
                    insert.setTimestamp(4, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }

        Instant deadline = Instant.now().plusSeconds(90);
        while (received(mail).size() < 40 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        // Two more rounds of both senders: a message sent twice would arrive by now.
        Thread.sleep(21_000);
        List<String> received = received(mail);
        assertEquals(recipients.stream().sorted().toList(), received.stream().sorted().toList());
        assertEquals(40, Database.count("select count(*) from outbox_message where subject = ? and status = 'SENT'",
                "Cluster outbox " + run));
    }

    /** The recipients of this test's messages that GreenMail received, once per message. */
    private List<String> received(GreenMail mail) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (("Cluster outbox " + run).equals(message.getSubject())) {
                recipients.add(message.getAllRecipients()[0].toString());
            }
        }
        return recipients;
    }

    /** Even requests to node 1, odd ones to node 2. */
    static URI node(int i) {
        return Cluster.running().node(Cluster.NODES.get(i % 2));
    }

    /** {@code count} calls released together; their answers in order. */
    static <T> List<T> atOnce(int count, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> one = call.apply(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static JsonObject registration(String email) {
        return Json.createObjectBuilder().add("name", "Casey Cluster").add("email", email)
                .add("organisation", "Test Police Department").add("role", "Officer")
                .add("jurisdiction", "Springfield, IL").add("answers", "None").build();
    }

    private static JsonObject inquiry(String email) {
        return Json.createObjectBuilder().add("name", "Jordan Cluster").add("email", email)
                .add("organisation", "Riverton Police Department").add("role", "Deputy chief")
                .add("jurisdiction", "Riverton").add("state", "WY").add("stage", "EXPLORING")
                .add("interests", Json.createArrayBuilder().add("TRAINING"))
                .add("stakeholders", Json.createArrayBuilder().add("POLICE"))
                .add("message", "Does your portal keep one count across its nodes?").add("consent", true).build();
    }
}
