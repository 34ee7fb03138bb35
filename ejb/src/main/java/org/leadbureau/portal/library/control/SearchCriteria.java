package org.leadbureau.portal.library.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.TextLength;

/**
 * A search of the library as the URL and the API give it: the query (Lucene simple syntax: "phrases",
 * -exclusions), filters that narrow (each chosen value must hold; languages by ISO 639 code), paging and order. {@link #parse} checks the
 * raw strings and names every bad one; paging follows {@link PageRequest}.
 */
public record SearchCriteria(String query, List<ResourceType> types, List<String> topics, List<String> audiences,
                             List<Integer> years, List<String> languages, int page, int size, Order order) {

    public static final int MAX_QUERY = 200;
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,3}");

    public enum Order { RELEVANCE, DATE }

    public SearchCriteria {
        query = query == null ? "" : query.strip();
        types = List.copyOf(types);
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
        years = List.copyOf(years);
        languages = List.copyOf(languages);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    /** Whether any facet narrows the search. */
    public boolean hasFilters() {
        return !types.isEmpty() || !topics.isEmpty() || !audiences.isEmpty() || !years.isEmpty() || !languages.isEmpty();
    }

    /** The zero-based offset of the first hit of the page. */
    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Checks raw parameters. Topics and audiences must be slugs of the vocabularies given; types, years,
     * page and size must parse. Empty values are ignored.
     */
    public static SearchCriteria parse(String query, List<String> types, List<String> topics, List<String> audiences,
                                       List<String> years, List<String> languages, String page, String size,
                                       String order, Set<String> knownTopics, Set<String> knownAudiences) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        if (query != null && TextLength.exceeds(query.strip(), MAX_QUERY)) {
            errors.put("q", Wording.of("search.query.tooLong", MAX_QUERY));
        }
        SearchCriteria filters = filters(types, topics, audiences, years, languages, knownTopics, knownAudiences, errors);
        PageRequest paging = PageRequest.parse(page, size, errors);
        Order orderValue = Order.RELEVANCE;
        if (order != null && !order.isBlank()) {
            try {
                orderValue = Order.valueOf(order.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("sort", Wording.of("search.sort.unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.ofFields("parameters.invalid", errors);
        }
        return new SearchCriteria(query, filters.types, filters.topics, filters.audiences, filters.years,
                filters.languages, paging.page(), paging.size(), orderValue);
    }

    /**
     * The facets' values alone (with no query, the first page, by relevance), adding a reason to {@code errors}
     * for each bad one: what a list of resources and a search narrow by alike.
     */
    static SearchCriteria filters(List<String> types, List<String> topics, List<String> audiences, List<String> years,
                                  List<String> languages, Set<String> knownTopics, Set<String> knownAudiences,
                                  Map<String, Wording> errors) {
        List<ResourceType> typeValues = new ArrayList<>();
        for (String type : values(types)) {
            try {
                typeValues.add(ResourceType.valueOf(type.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("type", Wording.of("search.type.unknown", type));
            }
        }
        List<String> topicValues = known(values(topics), knownTopics, "topic", errors);
        List<String> audienceValues = known(values(audiences), knownAudiences, "audience", errors);
        List<Integer> yearValues = new ArrayList<>();
        for (String year : values(years)) {
            Integer value = number(year);
            if (value == null || value < 1900 || value > 2999) {
                errors.put("year", Wording.of("search.year.invalid", year));
            } else {
                yearValues.add(value);
            }
        }
        List<String> languageValues = new ArrayList<>();
        for (String language : values(languages)) {
            if (LANGUAGE_CODE.matcher(language).matches()) {
                languageValues.add(language.toLowerCase(Locale.ROOT));
            } else {
                errors.put("language", Wording.of("search.language.invalid", language));
            }
        }
        return new SearchCriteria("", typeValues, topicValues, audienceValues, yearValues, languageValues, 1,
                PageRequest.DEFAULT_SIZE, Order.RELEVANCE);
    }

    private static List<String> values(List<String> raw) {
        return raw == null ? List.of() : raw.stream()
                .filter(value -> value != null && !value.isBlank())
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    /** Refuses a value that is not in the vocabulary: "search.topic.unknown", "search.audience.unknown". */
    private static List<String> known(List<String> values, Set<String> vocabulary, String field,
                                      Map<String, Wording> errors) {
        for (String value : values) {
            if (!vocabulary.contains(value)) {
                errors.put(field, Wording.of("search." + field + ".unknown", value));
            }
        }
        return values;
    }

    private static Integer number(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
