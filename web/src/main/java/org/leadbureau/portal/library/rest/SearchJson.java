package org.leadbureau.portal.library.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadbureau.portal.library.control.FacetCount;
import org.leadbureau.portal.library.control.SearchHit;
import org.leadbureau.portal.library.control.SearchOutcome;
import org.leadbureau.portal.library.entity.ResourceType;

/**
 * The answer of {@code /api/search}: a page of hits, the facets (facet → value → count, in the order the page shows
 * them) and {@code suggestion}, the corrected query or null.
 */
public record SearchJson(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets,
                         @JsonbNillable @Schema(nullable = true) String suggestion) {

    /** One hit: {@code snippet} is HTML with the matched words marked. */
    public record Hit(String slug, String title, ResourceType type, List<String> topics, LocalDate published,
                      String snippet, float score) {
    }

    static SearchJson of(SearchOutcome outcome) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        outcome.getFacets().forEach((name, values) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (FacetCount value : values) {
                counts.put(value.getValue(), value.getCount());
            }
            facets.put(name, counts);
        });
        return new SearchJson(outcome.getTotal(), outcome.getPage(), outcome.getSize(),
                outcome.getHits().stream().map(SearchJson::hit).toList(), facets, outcome.getSuggestion());
    }

    private static Hit hit(SearchHit hit) {
        return new Hit(hit.getSlug(), hit.getTitle(), hit.getType(), hit.getTopics(), hit.getPublished(),
                hit.getSnippetHtml(), hit.getScore());
    }
}
