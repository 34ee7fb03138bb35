package org.leadbureau.portal.library.view;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.library.boundary.Library;
import org.leadbureau.portal.library.control.FacetCount;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.library.control.SearchOutcome;
import org.omnifaces.util.Faces;

/** What the search and browse pages share: reading the URL, searching, and the links that narrow or page. */
public abstract class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One facet for the page: its parameter name, heading and values. A class with getters for EL. */
    public static final class Facet implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String heading;
        private final List<FacetCount> values;

        Facet(String name, String heading, List<FacetCount> values) {
            this.name = name;
            this.heading = heading;
            this.values = values;
        }

        public String getName() {
            return name;
        }

        public String getHeading() {
            return heading;
        }

        public List<FacetCount> getValues() {
            return values;
        }
    }

    private static final Map<String, String> HEADINGS = Map.of(
            "type", "Type", "topic", "Topic", "audience", "Audience", "year", "Year", "language", "Language");

    @Inject
    transient Library library;

    private transient SearchOutcome outcome;
    private SearchLinks links;
    private Map<String, String> invalid = Map.of();

    /** Ten results a page read comfortably; the API's default page is larger. */
    private static final String RESULTS_PER_PAGE = "10";

    /** Runs the search the URL describes; bad parameters answer 400 with the reasons on the page. */
    protected void search(String path, String defaultSort) {
        Map<String, String> parameters = new HashMap<>();
        for (String name : SearchLinks.PARAMETERS) {
            parameters.put(name, Faces.getRequestParameter(name));
        }
        links = new SearchLinks(path, parameters);
        try {
            outcome = library.search(parameters.get("q"), links.chosen("type"), links.chosen("topic"),
                    links.chosen("audience"), links.chosen("year"), links.chosen("language"), parameters.get("page"),
                    RESULTS_PER_PAGE,
                    parameters.get("sort") == null ? defaultSort : parameters.get("sort"));
        } catch (InvalidInputException e) {
            invalid = e.getFieldErrors();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    public SearchOutcome getOutcome() {
        return outcome;
    }

    public SearchLinks getLinks() {
        return links;
    }

    public List<String> getInvalid() {
        return List.copyOf(invalid.values());
    }

    public List<Facet> getFacets() {
        if (outcome == null) {
            return List.of();
        }
        return SearchOutcome.FACETS.stream()
                .map(name -> new Facet(name, HEADINGS.get(name), outcome.getFacets().get(name)))
                .filter(facet -> !facet.getValues().isEmpty())
                .toList();
    }

    public String toggle(String facet, String value) {
        return links.toggle(facet, value);
    }

    public String pageUrl(int page) {
        return links.page(page);
    }

    /** Chosen filters, for the "remove" buttons above the results. */
    public List<FacetCount> getChosen() {
        return getFacets().stream().flatMap(facet -> facet.getValues().stream()).filter(FacetCount::isSelected).toList();
    }

    public String removeUrl(FacetCount value) {
        for (Facet facet : getFacets()) {
            if (facet.getValues().contains(value)) {
                return links.toggle(facet.getName(), value.getValue());
            }
        }
        return links.current();
    }
}
