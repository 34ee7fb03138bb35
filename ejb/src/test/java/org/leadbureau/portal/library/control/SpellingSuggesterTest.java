package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingSuggesterTest {

    private static SpellingSuggester suggester(String text) {
        Map<String, Integer> words = new HashMap<>();
        SpellingSuggester.countWords(text, words);
        return new SpellingSuggester(words);
    }

    private final SpellingSuggester suggester = suggester(
            "Prosecutors coordinate with case management. The prosecutor attends. Harm reduction and housing. "
                    + "Workgroup workgroup workgroup. Workgroups.");

    @Test
    void aMisspelledWordIsReplacedByTheClosestWordOfTheText() {
        assertEquals(Optional.of("prosecutors coordinate"), suggester.suggest("prosecuters coordnate"));
        assertEquals(Optional.of("harm reduction"), suggester.suggest("harm reductoin"), "a swap is one edit");
    }

    @Test
    void amongEquallyCloseWordsTheMostFrequentWins() {
        assertEquals(Optional.of("workgroup"), suggester.suggest("workgrop"));
    }

    @Test
    void operatorsQuotesAndExclusionsAreKept() {
        assertEquals(Optional.of("\"case management\" -housing"), suggester.suggest("\"case managment\" -housing"));
    }

    @Test
    void knownShortAndHopelessWordsGiveNoSuggestion() {
        assertEquals(Optional.empty(), suggester.suggest("harm reduction"));
        assertEquals(Optional.empty(), suggester.suggest("OWG"));
        assertEquals(Optional.empty(), suggester.suggest("zzzzzzzz"));
        assertEquals(Optional.empty(), suggester.suggest("  "));
    }

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, SpellingSuggester.distance("lead", "lead", 2));
        assertEquals(1, SpellingSuggester.distance("lead", "laed", 2));
        assertEquals(2, SpellingSuggester.distance("kitten", "sitting", 2) - 1);
        assertEquals(3, SpellingSuggester.distance("abcdef", "uvwxyz", 2), "gives up past the limit");
    }
}
