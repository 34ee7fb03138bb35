package org.leadbureau.portal.library.control;

import java.util.List;
import java.util.Map;

/** A page of search results with facet counts (type, topic, audience, year) and a spelling suggestion. */
public final class SearchOutcome {

    public static final List<String> FACETS = List.of("type", "topic", "audience", "year", "language");

    private final long total;
    private final SearchCriteria criteria;
    private final List<SearchHit> hits;
    private final Map<String, List<FacetCount>> facets;
    private final String suggestion;

    public SearchOutcome(long total, SearchCriteria criteria, List<SearchHit> hits,
                         Map<String, List<FacetCount>> facets, String suggestion) {
        this.total = total;
        this.criteria = criteria;
        this.hits = List.copyOf(hits);
        this.facets = Map.copyOf(facets);
        this.suggestion = suggestion;
    }

    public long getTotal() {
        return total;
    }

    public SearchCriteria criteria() {
        return criteria;
    }

    public int getPage() {
        return criteria.page();
    }

    public int getSize() {
        return criteria.size();
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + criteria.size() - 1) / criteria.size());
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public Map<String, List<FacetCount>> getFacets() {
        return facets;
    }

    /** The corrected query, or null. */
    public String getSuggestion() {
        return suggestion;
    }
}
