package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;

class SeatsTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");
    private final Training training = TrainingFixtures.published(LocalDateTime.of(2026, 3, 9, 10, 0), 2, NOW);

    @Test
    void confirmsWhileSeatsAreLeftThenWaitlists() {
        assertEquals(RegistrationStatus.CONFIRMED, Seats.admit(2, 0));
        assertEquals(RegistrationStatus.CONFIRMED, Seats.admit(2, 1));
        assertEquals(RegistrationStatus.WAITLISTED, Seats.admit(2, 2));
        // After staff lowered the capacity below the confirmed count.
        assertEquals(RegistrationStatus.WAITLISTED, Seats.admit(2, 3));
        assertEquals(0, Seats.left(2, 3));
    }

    @Test
    void freeSeatsGoToTheWaitlistInOrderOfArrival() {
        Registration third = waitlisted("Third Person", 3);
        Registration first = waitlisted("First Person", 1);
        Registration second = waitlisted("Second Person", 2);

        assertEquals(List.of(first), Seats.toPromote(2, 1, List.of(third, first, second)));
        assertEquals(List.of(first, second), Seats.toPromote(4, 2, List.of(third, first, second)));
        assertEquals(List.of(), Seats.toPromote(2, 2, List.of(third, first, second)));
        assertEquals(List.of(first, second, third), Seats.toPromote(10, 0, List.of(third, second, first)));
    }

    @Test
    void aPromotedRegistrationLeavesTheWaitlistAndCannotBePromotedTwice() {
        Registration first = waitlisted("First Person", 1);
        first.promote(NOW);

        assertEquals(RegistrationStatus.CONFIRMED, first.getStatus());
        assertEquals(null, first.getWaitlistNumber());
        assertEquals(List.of(), Seats.toPromote(5, 0, List.of(first)));
        assertThrows(IllegalStateException.class, () -> first.promote(NOW));
    }

    @Test
    void cancellingAConfirmedRegistrationFreesASeatAndAWaitlistedOneDoesNot() {
        Registration confirmed = Registration.confirmed(training, TrainingFixtures.registrant("Ann Smith"), NOW);
        Registration waiting = waitlisted("Bo Jones", 1);

        assertEquals(true, confirmed.cancel(NOW));
        assertEquals(false, waiting.cancel(NOW));
        assertThrows(IllegalStateException.class, () -> confirmed.cancel(NOW));
    }

    private Registration waitlisted(String name, long number) {
        return Registration.waitlisted(training, TrainingFixtures.registrant(name), number, NOW);
    }
}
