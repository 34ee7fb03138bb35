package org.leadbureau.portal.library.view;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the bookmarkable URLs of search and browse pages: the query and the chosen filters live in the URL
 * (several values of one facet comma-separated), so every state can be linked, shared and reloaded.
 */
public final class SearchLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The URL parameters in the order they are written. */
    public static final List<String> PARAMETERS = List.of("q", "type", "topic", "audience", "year", "language", "sort",
            "page");

    private final String path;
    private final LinkedHashMap<String, String> values;

    public SearchLinks(String path, Map<String, String> values) {
        this.path = path;
        this.values = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            String value = values.get(name);
            if (value != null && !value.isBlank()) {
                this.values.put(name, value.strip());
            }
        }
    }

    /** The current URL with one value of a facet chosen or, if already chosen, removed; back to page one. */
    public String toggle(String facet, String value) {
        List<String> chosen = new ArrayList<>(chosen(facet));
        if (!chosen.remove(value)) {
            chosen.add(value);
        }
        Map<String, String> next = new LinkedHashMap<>(values);
        next.remove("page");
        next.put(facet, String.join(",", chosen));
        return url(next);
    }

    public String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put("page", page <= 1 ? null : String.valueOf(page));
        return url(next);
    }

    public String sort(String sort) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.remove("page");
        next.put("sort", "relevance".equals(sort) ? null : sort);
        return url(next);
    }

    /** The values of a facet chosen now. */
    public List<String> chosen(String facet) {
        String value = values.get(facet);
        return value == null ? List.of() : List.of(value.split(",")).stream()
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public String url(Map<String, String> parameters) {
        var url = new StringBuilder(path);
        char separator = '?';
        for (String name : PARAMETERS) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                url.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    public String current() {
        return url(values);
    }
}
