package org.leadbureau.portal.library.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.library.boundary.TitleSuggestion;
import org.omnifaces.util.Faces;

/** {@code /search?q=…}: results with snippets, facets, paging and sort; the query box completes titles. */
@Named
@ViewScoped
public class SearchView extends ResultsView {

    private static final long serialVersionUID = 1L;

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
        Faces.redirect(new SearchLinks("/search", Map.of()).url(parameters));
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

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
