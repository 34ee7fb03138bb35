package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.InvalidInputException;

class SearchCriteriaTest {

    private static final Set<String> TOPICS = Set.of("harm-reduction", "policing");
    private static final Set<String> AUDIENCES = Set.of("police");

    private static SearchCriteria parse(String q, List<String> types, List<String> topics, List<String> years,
                                        String page, String size, String sort) {
        return SearchCriteria.parse(q, types, topics, List.of(), years, List.of(), page, size, sort, TOPICS, AUDIENCES);
    }

    @Test
    void readsEveryParameter() {
        SearchCriteria criteria = parse(" harm ", List.of("guide"), List.of("harm-reduction,policing"),
                List.of("2024"), "3", "20", "date");

        assertEquals("harm", criteria.query());
        assertEquals(List.of(ResourceType.GUIDE), criteria.types());
        assertEquals(List.of("harm-reduction", "policing"), criteria.topics());
        assertEquals(List.of(2024), criteria.years());
        assertEquals(40, criteria.offset());
        assertEquals(SearchCriteria.Order.DATE, criteria.order());
    }

    @Test
    void defaultsWhenParametersAreMissingOrEmpty() {
        SearchCriteria criteria = parse(null, null, List.of(""), null, "", null, null);
        assertEquals("", criteria.query());
        assertEquals(1, criteria.page());
        assertEquals(PageRequest.DEFAULT_SIZE, criteria.size());
        assertEquals(SearchCriteria.Order.RELEVANCE, criteria.order());
    }

    @Test
    void everyBadParameterIsNamed() {
        var error = assertThrows(InvalidInputException.class, () -> parse("x".repeat(201), List.of("novel"),
                List.of("astrology"), List.of("24"), "0", "500", "random"));

        assertEquals(Set.of("q", "type", "topic", "year", "page", "size", "sort"), error.getFieldErrors().keySet());
        assertEquals("Unknown topic 'astrology'.", error.getFieldErrors().get("topic"));
        assertEquals("Tema desconocido: «astrology».", error.getFieldErrors(Language.ES).get("topic"));
        assertEquals("La página es un número entero del 1 al 10000.", error.getFieldErrors(Language.ES).get("page"));
    }
}
