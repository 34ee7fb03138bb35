package org.leadbureau.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.HttpFrom;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestTrainings;

/**
 * A node killed (SIGKILL) behind the balancer: a signed-in person stays signed in, and a client in the middle of
 * registering loses nothing it was told was stored. Each test starts the killed node again afterwards.
 */
@ExtendWith(Cluster.class)
class FailoverIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void bothNodesAgain() throws Exception {
        Cluster.running().revive();
    }

    @Test
    void aSignedInPersonStaysSignedInWhenTheirNodeIsKilled() throws Exception {
        StaffSession session = StaffSession.signedIn(StaffAccounts.ADMIN);
        Http.page(session.get("/staff/trainings"), "Trainings");
        String node = Cluster.Running.nodeOf(session.sessionId().orElseThrow());

        Cluster.running().kill(node);
        Instant asked = Instant.now();
        HttpResponse<String> next = session.get("/staff/trainings");
        System.out.printf("Failover: the first request after the kill of %s was answered in %d ms%n", node,
                Duration.between(asked, Instant.now()).toMillis());
        Http.page(next, "Trainings");
    }

    private record Sent(String email, int status) {
    }

    @Test
    void everyRegistrationAnswered201IsStoredExactlyOnceWhenANodeIsKilledMidStream() throws Exception {
        String training = TestTrainings.training("Cluster stream").seats(100_000).publish();
        HttpFrom client = HttpFrom.address("127.0.0.3").to(Cluster.BALANCER);
        List<Sent> sent = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200; i++) {
                String email = "stream-" + run + "-" + i + "@cluster.test";
                int status;
                try {
                    status = client.post("/api/trainings/" + training + "/registrations", "application/json",
                            SharedRulesIT.registration(email).toString()).status();
                } catch (UncheckedIOException brokenConnection) {
                    status = 0;
                }
                sent.add(new Sent(email, status));
            }
        });
        while (sent.size() < 60) {
            Thread.sleep(10);
        }
        Cluster.running().kill("node2");
        stream.get(5, TimeUnit.MINUTES);

        assertEquals(200, sent.size());
        for (Sent request : sent) {
            long stored = Database.count("select count(*) from training_registration where email = ?", request.email());
            assertTrue(request.status() == 201 || request.status() == 0 || request.status() >= 400,
                    request + ": a failure is told as one");
            if (request.status() == 201) {
                assertEquals(1, stored, request + " was acknowledged");
            } else {
                assertTrue(stored <= 1, request + " is stored " + stored + " times");
            }
        }
        // The survivor takes every request once the balancer knows the other is gone.
        assertTrue(sent.subList(150, 200).stream().allMatch(request -> request.status() == 201), sent.toString());
    }
}
