package org.leadbureau.portal.library.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.leadbureau.portal.library.boundary.TitleSuggestion;
import org.leadbureau.portal.library.boundary.Vocabularies;
import org.leadbureau.portal.library.entity.Topic;
import org.leadbureau.portal.platform.view.Pages;
import org.omnifaces.util.Faces;

/** {@code /search?q=…}: results with snippets, facets, paging and sort; the query box completes titles. */
@Named
@RequestScoped
public class SearchView extends ResultsView {

    private static final long serialVersionUID = 1L;

    @Inject
    Vocabularies vocabularies;

    private String query;

    public void load() {
        if (!Faces.isPostback()) {
            query = Faces.getRequestParameter("q");
            search("/search", "relevance");
        }
    }

    /** The form posts here and is redirected to the bookmarkable URL of the new query (filters kept). */
    public void submit() {
        Map<String, String> parameters = new HashMap<>();
        for (String name : SearchLinks.PARAMETERS) {
            parameters.put(name, Faces.getRequestParameter(name));
        }
        parameters.put("q", query);
        parameters.remove("page");
        Pages.redirect(new SearchLinks("/search", Map.of()).url(parameters));
    }

    public List<String> completeTitles(String typed) {
        return library.titlesStartingWith(typed).stream().map(TitleSuggestion::title).toList();
    }

    public String getSortUrlRelevance() {
        return getLinks().sort("relevance");
    }

    public String getSortUrlDate() {
        return getLinks().sort("date");
    }

    public boolean isSortedByDate() {
        return "date".equals(Faces.getRequestParameter("sort"));
    }

    public String getSuggestionUrl() {
        return getOutcome() == null || getOutcome().getSuggestion() == null ? null
                : new SearchLinks("/search", Map.of("q", getOutcome().getSuggestion())).current();
    }

    /** Without results: the same words in all of the library, when filters narrowed them away; else null. */
    public String getUnfilteredUrl() {
        boolean filtered = Stream.of("type", "topic", "audience", "year").map(Faces::getRequestParameter)
                .anyMatch(value -> value != null && !value.isBlank());
        return filtered ? new SearchLinks("/search", Map.of("q", query == null ? "" : query)).current() : null;
    }

    /** Without results for several words: each word alone, a broader search ({word, url}). */
    public List<Map.Entry<String, String>> getBroaderQueries() {
        if (query == null) {
            return List.of();
        }
        List<String> words = Arrays.stream(query.split("\\s+")).map(word -> word.replace("\"", ""))
                .filter(word -> word.length() > 1 && !word.startsWith("-")).distinct().limit(4).toList();
        return words.size() < 2 ? List.of() : words.stream().map(word -> (Map.Entry<String, String>)
                new AbstractMap.SimpleImmutableEntry<>(word, new SearchLinks("/search", Map.of("q", word)).current())).toList();
    }

    /** Without results: every topic, to browse instead. */
    public List<Topic> getTopics() {
        return vocabularies.allTopics();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
