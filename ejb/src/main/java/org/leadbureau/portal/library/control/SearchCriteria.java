package org.leadbureau.portal.library.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadbureau.portal.library.entity.ResourceType;
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (query != null && TextLength.exceeds(query.strip(), MAX_QUERY)) {
            errors.put("q", "The query is longer than " + MAX_QUERY + " characters.");
        }
        List<ResourceType> typeValues = new ArrayList<>();
        for (String type : values(types)) {
            try {
                typeValues.add(ResourceType.valueOf(type.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("type", "Unknown type '" + type + "'.");
            }
        }
        List<String> topicValues = known(values(topics), knownTopics, "topic", errors);
        List<String> audienceValues = known(values(audiences), knownAudiences, "audience", errors);
        List<Integer> yearValues = new ArrayList<>();
        for (String year : values(years)) {
            Integer value = number(year);
            if (value == null || value < 1900 || value > 2999) {
                errors.put("year", "A year is four digits, like 2024: '" + year + "' is not.");
            } else {
                yearValues.add(value);
            }
        }
        List<String> languageValues = new ArrayList<>();
        for (String language : values(languages)) {
            if (LANGUAGE_CODE.matcher(language).matches()) {
                languageValues.add(language.toLowerCase(Locale.ROOT));
            } else {
                errors.put("language", "A language is a two- or three-letter code, like es: '" + language + "' is not.");
            }
        }
        PageRequest paging = PageRequest.parse(page, size, errors);
        Order orderValue = Order.RELEVANCE;
        if (order != null && !order.isBlank()) {
            try {
                orderValue = Order.valueOf(order.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("sort", "Sort by 'relevance' or 'date'.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SearchCriteria(query, typeValues, topicValues, audienceValues, yearValues, languageValues,
                paging.page(), paging.size(), orderValue);
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

    private static List<String> known(List<String> values, Set<String> vocabulary, String field,
                                      Map<String, String> errors) {
        for (String value : values) {
            if (!vocabulary.contains(value)) {
                errors.put(field, "Unknown " + field + " '" + value + "'.");
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
