package org.leadbureau.portal.library.view;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.library.boundary.Library;
import org.leadbureau.portal.library.control.FacetCount;
import org.leadbureau.portal.library.control.Languages;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.library.control.SearchOutcome;
import org.leadbureau.portal.library.entity.VocabularyTerm;
import org.omnifaces.util.Faces;

/** What the search and browse pages share: reading the URL, searching, and the links that narrow or page. */
public abstract class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One facet for the page: its parameter name (its heading is msg['facets.<name>']) and values. A class for EL. */
    public static final class Facet implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final List<FacetCount> values;

        Facet(String name, List<FacetCount> values) {
            this.name = name;
            this.values = values;
        }

        public String getName() {
            return name;
        }

        public List<FacetCount> getValues() {
            return values;
        }
    }

    @Inject
    Library library;

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
            invalid = e.getFieldErrors(Texts.language());
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
        Language reader = Texts.language();
        return SearchOutcome.FACETS.stream()
                .map(name -> new Facet(name, inReadersLanguage(name, outcome.getFacets().get(name), reader)))
                .filter(facet -> !facet.getValues().isEmpty())
                .toList();
    }

    /**
     * A facet's values named in the reader's language: types from the bundle, languages by the JDK ("Español",
     * "Inglés"), the reader's own language first so that it is one step away; topics and audiences by their names
     * in the reader's language where they have one (see {@link VocabularyTerm}).
     */
    static List<FacetCount> inReadersLanguage(String facet, List<FacetCount> values, Language reader) {
        return switch (facet) {
            case "type" -> values.stream().map(value -> relabel(value, Texts.text(reader, "library.type." + value.getValue())))
                    .sorted(Comparator.comparing(FacetCount::getLabel, Collator.getInstance(reader.locale()))).toList();
            case "language" -> values.stream().map(value -> relabel(value, Languages.name(value.getValue(), reader.locale())))
                    .sorted(Comparator.comparing(value -> !value.getValue().equals(reader.tag()))).toList();
            case "topic", "audience" -> values.stream()
                    .map(value -> relabel(value, VocabularyTerm.labelIn(facet, value.getValue(), value.getLabel(), reader)))
                    .toList();
            default -> values;
        };
    }

    private static FacetCount relabel(FacetCount value, String label) {
        return new FacetCount(value.getValue(), label, value.getCount(), value.isSelected());
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
