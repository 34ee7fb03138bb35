package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadbureau.portal.visits.VisitApi.BURIEN;
import static org.leadbureau.portal.visits.VisitApi.SANTA_FE;
import static org.leadbureau.portal.visits.VisitApi.YEAR;
import static org.leadbureau.portal.visits.VisitApi.create;
import static org.leadbureau.portal.visits.VisitApi.newTrainer;
import static org.leadbureau.portal.visits.VisitApi.status;
import static org.leadbureau.portal.visits.VisitApi.visit;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;

/** The mail a visit sends as it moves on: one calendar event for trainers and contact, its sequence raised by each change. */
@SharedPortal
class VisitMailIT {

    @Test
    void proposingConfirmingAndCancellingMailTrainersAndContactWithOneEventRaisingItsSequence() throws Exception {
        Account trainer = newTrainer("Fay Fischer");
        JsonObject created = Http.json(create(visit(SANTA_FE, "Invitation check", "ON_SITE", YEAR + "-08-03T09:00",
                YEAR + "-08-04T17:00", trainer), StaffAccounts.ADMIN));
        long id = created.getJsonNumber("id").longValue();
        String contact = created.getString("contactEmail");
        assertEquals(0, Database.count("select count(*) from outbox_message where recipient = ?", trainer.email()),
                "a request is not yet news for anyone");

        assertEquals(200, status(id, "PROPOSED", null, StaffAccounts.ADMIN).statusCode());
        assertEquals(200, status(id, "CONFIRMED", null, StaffAccounts.ADMIN).statusCode());
        HttpResponse<String> cancel = status(id, "CANCELLED", null, StaffAccounts.ADMIN);
        assertEquals(400, cancel.statusCode(), "cancelling needs a reason");
        assertEquals(200, status(id, "CANCELLED", "The site postponed", StaffAccounts.ADMIN).statusCode());

        for (String recipient : List.of(trainer.email(), contact)) {
            List<String[]> invitations = attachments(recipient);
            assertEquals(3, invitations.size(), recipient);
            assertTrue(invitations.get(0)[0].startsWith("Proposed:") && invitations.get(0)[1].contains("method=REQUEST"));
            assertTrue(invitations.get(1)[0].startsWith("Confirmed:") && invitations.get(1)[1].contains("method=REQUEST"));
            assertTrue(invitations.get(2)[0].startsWith("Cancelled:") && invitations.get(2)[1].contains("method=CANCEL"));
            String uid = line(invitations.get(0)[2], "UID:");
            for (int i = 0; i < 3; i++) {
                assertEquals(uid, line(invitations.get(i)[2], "UID:"), "one event");
                assertEquals(String.valueOf(i + 1), line(invitations.get(i)[2], "SEQUENCE:"));
            }
            assertTrue(invitations.get(2)[2].contains("METHOD:CANCEL"));
        }
        assertEquals(422, status(id, "CONFIRMED", null, StaffAccounts.ADMIN).statusCode(), "cancelled stays cancelled");

        // Cancelled visits free the trainer.
        assertEquals(201, create(visit(BURIEN, "After the cancellation", "ON_SITE", YEAR + "-08-03T09:00",
                YEAR + "-08-04T17:00", trainer), StaffAccounts.ADMIN).statusCode());
    }

    /** Subject, content type and text of each calendar attachment mailed to {@code recipient}, oldest first. */
    private static List<String[]> attachments(String recipient) throws Exception {
        try (Connection connection = Database.connect();
             PreparedStatement statement = connection.prepareStatement("select m.subject, a.content_type, a.content"
                     + " from outbox_message m join outbox_attachment a on a.message_id = m.id where m.recipient = ?"
                     + " order by m.id")) {
            statement.setString(1, recipient);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2),
                            new String(result.getBytes(3), StandardCharsets.UTF_8).replace("\r\n ", "")});
                }
            }
            return rows;
        }
    }

    private static String line(String ics, String prefix) {
        return ics.lines().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }
}
