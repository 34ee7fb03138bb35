package org.leadbureau.portal.visits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadbureau.portal.visits.control.ConflictRulesTest.at;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeWindowsTest {

    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final LocalDate MONDAY = LocalDate.of(2027, 4, 5);

    private final FreeWindows search = new FreeWindows(new ConflictRules(ConflictRules.DEFAULT_TRAVEL_BUFFER));

    @Test
    void everyoneFreeGivesTheEarliestConsecutiveStartDays() {
        List<DateWindow> windows = search.search(List.of(List.of(), List.of()), 3, MONDAY, MONDAY.plusDays(30), DENVER, true, 3);
        assertEquals(List.of(window(MONDAY, 2), window(MONDAY.plusDays(1), 2), window(MONDAY.plusDays(2), 2)), windows);
    }

    @Test
    void windowsAvoidEachTrainersVisitsWithTheirTravelAndLeave() {
        // Ann is on site Tuesday to Wednesday; Ben is on leave Friday to Sunday.
        List<Commitment> ann = List.of(Commitment.onSite("Boulder", 7, at(DENVER, "2027-04-06T09:00"), at(DENVER, "2027-04-07T17:00")));
        List<Commitment> ben = List.of(Commitment.unavailable("Leave", at(DENVER, "2027-04-09T00:00"), at(DENVER, "2027-04-12T00:00")));

        // Two days on site: Ann travels until Thursday 17:00, so Friday is her first day; Ben is back on Monday
        // and, after his leave, needs his travel day, so the first window is Tuesday–Wednesday.
        assertEquals(List.of(window(MONDAY.plusDays(8), 1), window(MONDAY.plusDays(9), 1)),
                search.search(List.of(ann, ben), 2, MONDAY, MONDAY.plusDays(10), DENVER, true, 5));

        // Virtual: Ann still travels home on Thursday, but a virtual visit needs no travel of its own, so Monday
        // straight after Ben's leave is free.
        assertEquals(List.of(window(MONDAY.plusDays(7), 0), window(MONDAY.plusDays(8), 0), window(MONDAY.plusDays(9), 0)),
                search.search(List.of(ann, ben), 1, MONDAY, MONDAY.plusDays(9), DENVER, false, 5));
    }

    @Test
    void aWindowMustEndWithinTheRangeAndNoneMayBeFound() {
        assertEquals(List.of(window(MONDAY, 1)), search.search(List.of(List.of()), 2, MONDAY, MONDAY.plusDays(1), DENVER, true, 5));
        assertEquals(List.of(), search.search(List.of(List.of()), 3, MONDAY, MONDAY.plusDays(1), DENVER, true, 5));
        List<Commitment> busy = List.of(Commitment.virtual("All month", at(DENVER, "2027-04-01T00:00"), at(DENVER, "2027-05-01T00:00")));
        assertEquals(List.of(), search.search(List.of(List.of(), busy), 1, MONDAY, MONDAY.plusDays(20), DENVER, false, 5));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> search.search(List.of(), 0, MONDAY, MONDAY, DENVER, true, 5));
        assertThrows(IllegalArgumentException.class, () -> search.search(List.of(), 1, MONDAY, MONDAY.minusDays(1), DENVER, true, 5));
    }

    private static DateWindow window(LocalDate first, int extraDays) {
        return new DateWindow(first, first.plusDays(extraDays));
    }
}
