package org.leadbureau.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.TestTrainings;

/**
 * Real SMTP delivery to GreenMail (an SMTP server in the test JVM, on the port the server is configured with):
 * while it is down a message fails and waits; once it is up, the retry delivers the confirmation with its invitation.
 */
@SharedPortal
class MailDeliveryIT {

    private static final String EMAIL = "casey.lee@mail.example";

    @Test
    void aConfirmationThatFailedWhileTheSmtpServerWasDownIsDeliveredOnRetryWithItsCalendarInvitation() throws Exception {
        TestTrainings harmReduction = TestTrainings.training("Harm reduction in practice")
                .startsIn(35, "America/Denver", LocalTime.NOON);
        String training = harmReduction.publish();
        var response = Http.post("/api/trainings/" + training + "/registrations",
                "{\"name\":\"Casey <b>Lee</b>\",\"email\":\"" + EMAIL + "\",\"organisation\":\"County Health\"}");
        assertEquals(201, response.statusCode(), response.body());

        // No SMTP server yet: the sender tries, fails, and keeps the message queued for a later try.
        waitFor(Duration.ofSeconds(90), () -> Database.count("select count(*) from outbox_message where recipient = ?"
                + " and attempts >= 1 and status = 'QUEUED' and last_error is not null", EMAIL) == 1);
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ? and status = 'SENT'", EMAIL));

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("portal.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            // Let the back-off elapse rather than wait for it.
            Database.update("update outbox_message set next_attempt_at = ? where recipient = ?",
                    Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1)), EMAIL);
            // Received, and marked sent (the sender commits after the SMTP server has taken the message).
            waitFor(Duration.ofSeconds(60), () -> received(smtp).size() == 1 && Database.count(
                    "select count(*) from outbox_message where recipient = ? and status = 'SENT'", EMAIL) == 1);

            MimeMessage message = received(smtp).get(0);
            assertTrue(message.getSubject().startsWith("Registration confirmed: Harm reduction in practice"), message.getSubject());
            Multipart mixed = (Multipart) message.getContent();
            Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
            String text = (String) alternatives.getBodyPart(0).getContent();
            String html = (String) alternatives.getBodyPart(1).getContent();
            assertTrue(text.contains("Dear Casey <b>Lee</b>,") && text.contains("/registrations/"), text);
            assertTrue(html.contains("Dear Casey &lt;b&gt;Lee&lt;/b&gt;,"), html);
            assertTrue(text.matches("(?s).*When: .*, 12:00 PM – 2:00 PM M[SD]T.*"), text);

            BodyPart invitation = mixed.getBodyPart(1);
            assertEquals(Part.ATTACHMENT, invitation.getDisposition());
            assertEquals("invite.ics", invitation.getFileName());
            assertTrue(invitation.getContentType().startsWith("text/calendar"), invitation.getContentType());
            assertTrue(invitation.getContentType().contains("method=REQUEST"), invitation.getContentType());
            String ics;
            try (InputStream in = invitation.getInputStream()) {
                ics = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
            }
            assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("TZID:America/Denver") && ics.contains("SEQUENCE:0"), ics);
            assertTrue(ics.contains("mailto:" + EMAIL), ics);
            assertTrue(ics.contains(harmReduction.joinLink()), "a confirmed registrant gets the join link");

            List<String> row = Database.strings("select concat(status, ' ', attempts) from outbox_message where recipient = ?", EMAIL);
            assertTrue(row.get(0).startsWith("SENT "), row.toString());
            assertTrue(Integer.parseInt(row.get(0).substring(5)) >= 2, "delivered on a retry: " + row);
            assertNotNull(Database.strings("select sent_at from outbox_message where recipient = ?", EMAIL).get(0));

            // Sent once: the sender's later runs leave it alone. Shown by the next message, the cancellation,
            // arriving alone after it.
            String token = Http.json(response).getString("manageToken");
            assertEquals(200, Http.post("/api/registrations/" + token + "/cancel", null).statusCode());
            waitFor(Duration.ofSeconds(60), () -> received(smtp).size() >= 2);
            List<MimeMessage> both = received(smtp);
            assertEquals(2, both.size());
            assertTrue(both.get(1).getSubject().startsWith("Registration cancelled"), both.get(1).getSubject());
        } finally {
            smtp.stop();
        }
    }

    private static List<MimeMessage> received(GreenMail smtp) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(EMAIL));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void waitFor(Duration limit, Callable<Boolean> condition) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (!condition.call()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not within " + limit);
            }
            Thread.sleep(500);
        }
    }
}
