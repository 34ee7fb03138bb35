package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registrant;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;

/** What staff see of a roster, and what they may do with whom: filter, check in. */
class RosterFilterTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private final Training training = TrainingFixtures.published(LocalDateTime.of(2026, 3, 9, 10, 0), 1, NOW);
    private final Registration ann = Registration.confirmed(training, new Registrant("Ann Smith", "ann@seattle.gov",
            "Seattle Police Department", "Officer", "Seattle", ""), NOW);
    private final Registration bo = Registration.waitlisted(training, new Registrant("Bo Jones", "bo@example.org",
            "King County", "Case manager", "Seattle", ""), 1, NOW);
    private final Registration cy = Registration.waitlisted(training, new Registrant("Cy Smithers", "cy@example.org",
            "", "", "", ""), 2, NOW);

    @Test
    void blankTextIsNoFilter() {
        assertEquals("all registrations", RosterFilter.of(null, " ").describe());
        assertEquals(null, RosterFilter.of(null, "   ").getText());
        assertEquals("smith", RosterFilter.of(null, " smith ").getText());
    }

    @Test
    void describesItselfForTheAuditLog() {
        assertEquals("status WAITLISTED, text \"smith\"", RosterFilter.of(RegistrationStatus.WAITLISTED, "smith").describe());
        assertEquals("status CONFIRMED", RosterFilter.of(RegistrationStatus.CONFIRMED, null).describe());
        assertEquals("text \"smith\"", RosterFilter.of(null, "smith").describe());
    }

    @Test
    void onlyAConfirmedRegistrationCanBeCheckedIn() {
        ann.attend(NOW);
        assertEquals(RegistrationStatus.ATTENDED, ann.getStatus());
        assertEquals(NOW, ann.getAttendedAt());
        assertThrows(IllegalStateException.class, () -> ann.attend(NOW));
        assertThrows(IllegalStateException.class, () -> bo.attend(NOW));
        bo.promote(NOW);
        bo.attend(NOW);
        assertEquals(RegistrationStatus.ATTENDED, bo.getStatus());
    }

    @Test
    void anyoneOnTheWaitlistCanBeSeatedOutOfTurn() {
        cy.promote(NOW);
        assertEquals(RegistrationStatus.CONFIRMED, cy.getStatus());
        assertEquals(null, cy.getWaitlistNumber());
    }
}
