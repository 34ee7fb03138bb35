package org.leadbureau.portal.sites.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;

class UsStateTest {

    @Test
    void everyStateDcAndTheInhabitedTerritoriesAreKnownByCodeInAnyCase() {
        assertEquals(56, UsState.values().length);
        assertEquals(UsState.WA, UsState.fromCode("wa"));
        assertEquals("Washington", UsState.fromCode(" WA ").getDisplayName());
        assertEquals(UsState.PR, UsState.fromCode("PR"));
        assertEquals(UsState.DC, UsState.fromCode("DC"));
    }

    @Test
    void everyStateHasANameInEveryLanguageAndListsFollowTheReadersAlphabet() {
        for (Language language : Language.values()) {
            for (UsState state : UsState.values()) {
                assertFalse(state.nameIn(language).isBlank(), state + " in " + language);
            }
        }
        assertEquals("Nuevo México", UsState.NM.nameIn(Language.ES));
        assertEquals("New Mexico", UsState.NM.getDisplayName());
        List<UsState> spanish = UsState.byName(Language.ES);
        assertTrue(spanish.indexOf(UsState.NC) < spanish.indexOf(UsState.CO), "Carolina del Norte before Colorado");
        assertTrue(spanish.indexOf(UsState.MI) < spanish.indexOf(UsState.MN), "Míchigan before Minnesota, accent or not");
    }

    @Test
    void unknownCodesAreNotStates() {
        assertNull(UsState.fromCode("XX"));
        assertNull(UsState.fromCode("Washington"));
        assertNull(UsState.fromCode(""));
        assertNull(UsState.fromCode(null));
    }

    @Test
    void defaultTimeZonesFollowWhereMostPeopleLive() {
        assertEquals(ZoneId.of("America/Los_Angeles"), UsState.WA.getDefaultZone());
        assertEquals(ZoneId.of("America/Phoenix"), UsState.AZ.getDefaultZone());
        assertEquals(ZoneId.of("Pacific/Honolulu"), UsState.HI.getDefaultZone());
        assertEquals(ZoneId.of("America/Chicago"), UsState.TX.getDefaultZone());
    }

    @Test
    void noTwoStatesShareASquareOfTheMap() {
        var squares = Arrays.stream(UsState.values()).map(s -> s.getColumn() + "," + s.getRow())
                .collect(Collectors.toSet());
        assertEquals(UsState.values().length, squares.size());
    }
}
