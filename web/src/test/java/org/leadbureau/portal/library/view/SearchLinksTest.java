package org.leadbureau.portal.library.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchLinksTest {

    private static SearchLinks links(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new SearchLinks("/search", values);
    }

    @Test
    void choosingAFacetValueAddsItAndReturnsToPageOne() {
        assertEquals("/search?q=harm+reduction&topic=policing",
                links("q", "harm reduction", "page", "3").toggle("topic", "policing"));
        assertEquals("/search?q=x&topic=policing%2Cevaluation", links("q", "x", "topic", "policing").toggle("topic", "evaluation"));
    }

    @Test
    void choosingAChosenValueAgainRemovesIt() {
        assertEquals("/search?q=x&topic=evaluation", links("q", "x", "topic", "policing,evaluation").toggle("topic", "policing"));
        assertEquals("/search?q=x", links("q", "x", "type", "GUIDE").toggle("type", "GUIDE"));
    }

    @Test
    void pagesAndSortKeepTheFiltersInTheirOrder() {
        SearchLinks links = links("year", "2024", "q", "\"case management\"", "sort", "date");
        assertEquals("/search?q=%22case+management%22&year=2024&sort=date&page=2", links.page(2));
        assertEquals("/search?q=%22case+management%22&year=2024&sort=date", links.page(1));
        assertEquals("/search?q=%22case+management%22&year=2024", links.sort("relevance"));
        assertEquals(List.of("2024"), links.chosen("year"));
        assertEquals(List.of(), links.chosen("topic"));
    }

    @Test
    void unknownAndEmptyParametersAreDropped() {
        assertEquals("/search", links("q", " ", "evil", "x").current());
    }
}
