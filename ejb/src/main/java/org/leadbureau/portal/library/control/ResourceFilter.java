package org.leadbureau.portal.library.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/**
 * What a list of resources shows: the filters of the search page (each chosen value must hold), the order, and
 * the page. {@link #parse} names every bad parameter at once.
 */
public record ResourceFilter(List<ResourceType> types, List<String> topics, List<String> audiences,
                             List<Integer> years, Sort sort, boolean descending, PageRequest page) {

    /** {@code date} is newest first, {@code title} A to Z; a leading '-' reverses either. */
    public enum Sort { DATE, TITLE }

    public ResourceFilter {
        types = List.copyOf(types);
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
        years = List.copyOf(years);
    }

    /** Every resource, in an order (by the date unless sorted by title), one page. */
    public static ResourceFilter unfiltered(Sort sort, boolean descending, PageRequest page) {
        return new ResourceFilter(List.of(), List.of(), List.of(), List.of(), sort, descending, page);
    }

    public static ResourceFilter parse(List<String> types, List<String> topics, List<String> audiences,
                                       List<String> years, String sort, String page, String size,
                                       Set<String> knownTopics, Set<String> knownAudiences) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        SearchCriteria criteria = SearchCriteria.filters(types, topics, audiences, years, null, knownTopics,
                knownAudiences, errors);
        PageRequest paging = PageRequest.parse(page, size, errors);
        String order = sort == null || sort.isBlank() ? "date" : sort.strip().toLowerCase(Locale.ROOT);
        boolean reversed = order.startsWith("-");
        Sort sortValue = switch (reversed ? order.substring(1) : order) {
            case "date" -> Sort.DATE;
            case "title" -> Sort.TITLE;
            default -> null;
        };
        if (sortValue == null) {
            errors.put("sort", Wording.of("library.sort.unknown"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.ofFields("parameters.invalid", errors);
        }
        // Dates read newest first, titles A to Z; '-' turns either round.
        boolean descending = (sortValue == Sort.DATE) ^ reversed;
        return new ResourceFilter(criteria.types(), criteria.topics(), criteria.audiences(), criteria.years(),
                sortValue, descending, paging);
    }
}
