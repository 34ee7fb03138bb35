package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.TestTrainings;

/**
 * The day before a training, each confirmed registrant gets one reminder, however often the job runs; someone who
 * registered within that day is not reminded (the confirmation just told them).
 */
@SharedPortal
class TrainingRemindersIT {

    @Test
    void aRegistrantIsRemindedOnceTheDayBeforeAndALateRegistrantIsNot() throws Exception {
        TestTrainings training = TestTrainings.training("Reminded training");
        String slug = training.publish();
        String early = "early-" + slug + "@reminders.example";
        String late = "late-" + slug + "@reminders.example";
        assertEquals(201, TrainingApi.register(slug, "Early Bird", early).statusCode());
        assertEquals(201, TrainingApi.register(slug, "Late Comer", late).statusCode());
        String reminder = "Tomorrow: " + training.title();
        assertEquals(List.of(), subjects(early, reminder), "no reminder a month ahead");

        // The training is now 20 hours away; one registrant signed up three days ago, the other just now.
        Instant now = Instant.now();
        Database.update("update training set starts_at = ?, ends_at = ? where slug = ?",
                Database.utc(now.plus(Duration.ofHours(20))), Database.utc(now.plus(Duration.ofHours(22))), slug);
        Database.update("update training_registration set created_at = ? where email = ?",
                Database.utc(now.minus(Duration.ofDays(3))), early);

        for (int run = 0; run < 2; run++) {
            HttpResponse<String> sent = Http.send("POST", "/api/staff/trainings/reminders", null, StaffAccounts.ADMIN);
            assertEquals(200, sent.statusCode(), sent.body());
            assertTrue(Http.json(sent).containsKey("reminded"), sent.body());
        }

        assertEquals(List.of(reminder), subjects(early, reminder), "one reminder after two runs");
        assertEquals(List.of(), subjects(late, reminder), "no reminder for who registered within the day");
        assertEquals(2, Database.count("select count(*) from training_registration r join training t on t.id = r.training_id"
                + " where t.slug = ? and r.reminder_sent_at is not null", slug), "both are done with");
    }

    private static List<String> subjects(String recipient, String subject) throws Exception {
        return Database.strings("select subject from outbox_message where recipient = ? and subject = ?", recipient, subject);
    }
}
