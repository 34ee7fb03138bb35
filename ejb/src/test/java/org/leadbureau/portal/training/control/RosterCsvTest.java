package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registrant;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

class RosterCsvTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    @Test
    void oneLinePerRegistrationWithQuotingAndNoFormulas() {
        Training training = TrainingFixtures.published(LocalDateTime.of(2026, 3, 9, 10, 0), 1, NOW);
        var ann = Registration.confirmed(training, new Registrant("Ann, Smith", "Ann@Example.org", "=HYPERLINK(\"x\")",
                "Officer", "Seattle", "Needs \"captions\""), NOW);
        var bo = Registration.waitlisted(training, TrainingFixtures.registrant("Bo Jones"), 1, NOW);

        List<String> lines = RosterCsv.write(List.of(ann, bo)).lines().toList();

        assertEquals("name,email,organisation,role,jurisdiction,site,status,waitlist_number,registered_at,answers", lines.get(0));
        assertEquals("\"Ann, Smith\",ann@example.org,\"'=HYPERLINK(\"\"x\"\")\",Officer,Seattle,,CONFIRMED,,"
                + "2026-02-01T12:00:00Z,\"Needs \"\"captions\"\"\"", lines.get(1));
        assertEquals("Bo Jones,bo.jones@example.org,Bureau,Case manager,\"Seattle, WA\",,WAITLISTED,1,2026-02-01T12:00:00Z,",
                lines.get(2));
    }
}
