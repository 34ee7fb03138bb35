package org.leadbureau.portal.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.leadbureau.portal.library.entity.Audience;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.library.entity.Topic;
import org.leadbureau.portal.library.entity.VocabularyTerm;
import org.leadbureau.portal.platform.search.Analyzers;

/**
 * Full-text search of the published library with Hibernate Search: relevance ranks a title match above a
 * summary match above a body match; chosen facet values narrow the hits and the counts alike.
 */
@ApplicationScoped
public class LibrarySearch {

    private static final float TITLE_BOOST = 6f;
    private static final float SUMMARY_BOOST = 3f;

    private static final AggregationKey<Map<ResourceType, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> TOPICS = AggregationKey.of("topic");
    private static final AggregationKey<Map<String, Long>> AUDIENCES = AggregationKey.of("audience");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

    @PersistenceContext
    EntityManager em;

    @Inject
    SpellingVocabulary vocabulary;

    public SearchOutcome search(SearchCriteria criteria) {
        SearchSession session = Search.session(em);
        SearchResult<List<?>> result = session.search(LibraryResource.class)
                .select(f -> f.composite().from(f.entity(), f.score()).asList())
                .where((f, root) -> {
                    if (criteria.hasQuery()) {
                        root.add(f.simpleQueryString()
                                .field(LibraryResource.F_TITLE).boost(TITLE_BOOST)
                                .field(LibraryResource.F_SUMMARY).boost(SUMMARY_BOOST)
                                .field(LibraryResource.F_BODY)
                                .matching(criteria.query())
                                .defaultOperator(BooleanOperator.AND)
                                .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
                                        SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE));
                    } else {
                        root.add(f.matchAll());
                    }
                    criteria.types().forEach(type -> root.add(f.match().field(LibraryResource.F_TYPE).matching(type)));
                    criteria.topics().forEach(topic -> root.add(f.match().field(LibraryResource.F_TOPIC).matching(topic)));
                    criteria.audiences().forEach(audience ->
                            root.add(f.match().field(LibraryResource.F_AUDIENCE).matching(audience)));
                    criteria.years().forEach(year -> root.add(f.match().field(LibraryResource.F_YEAR).matching(year)));
                })
                .sort(f -> criteria.order() == SearchCriteria.Order.DATE || !criteria.hasQuery()
                        ? f.field(LibraryResource.F_PUBLISHED).desc().then().score()
                        : f.score().then().field(LibraryResource.F_PUBLISHED).desc())
                .aggregation(TYPES, f -> f.terms().field(LibraryResource.F_TYPE, ResourceType.class).maxTermCount(50))
                .aggregation(TOPICS, f -> f.terms().field(LibraryResource.F_TOPIC, String.class).maxTermCount(200))
                .aggregation(AUDIENCES, f -> f.terms().field(LibraryResource.F_AUDIENCE, String.class).maxTermCount(200))
                .aggregation(YEARS, f -> f.terms().field(LibraryResource.F_YEAR, Integer.class).maxTermCount(100))
                .fetch(criteria.offset(), criteria.size());

        SnippetMaker snippets = snippetMaker();
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, criteria.query(), snippets)).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("type", facet(result.aggregation(TYPES), ResourceType::name, name -> ResourceType.valueOf(name).label(),
                criteria.types().stream().map(ResourceType::name).toList(), Comparator.comparing(FacetCount::getLabel)));
        facets.put("topic", facet(result.aggregation(TOPICS), Function.identity(), labels(Topic.class)::get,
                criteria.topics(), Comparator.comparing(FacetCount::getLabel)));
        facets.put("audience", facet(result.aggregation(AUDIENCES), Function.identity(), labels(Audience.class)::get,
                criteria.audiences(), Comparator.comparing(FacetCount::getLabel)));
        facets.put("year", facet(result.aggregation(YEARS), String::valueOf, String::valueOf,
                criteria.years().stream().map(String::valueOf).toList(),
                Comparator.comparing(FacetCount::getValue).reversed()));
        long total = result.total().hitCount();
        String suggestion = criteria.hasQuery() ? vocabulary.suggester().suggest(criteria.query()).orElse(null) : null;
        return new SearchOutcome(total, criteria, hits, facets, suggestion);
    }

    /** Titles starting with what was typed (each word a prefix), best matches first. */
    public List<String[]> titlesStartingWith(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(LibraryResource.class)
                .select(f -> f.composite().from(f.field("slug", String.class),
                        f.field(LibraryResource.F_TITLE, String.class)).as((slug, title) -> new String[] {slug, title}))
                .where(f -> f.simpleQueryString().field(LibraryResource.F_TITLE_AUTOCOMPLETE)
                        .matching(typed.strip()).defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE))
                .fetchHits(limit);
    }

    /** The analyzers the index uses, so that snippets mark what the search matched. */
    private SnippetMaker snippetMaker() {
        LuceneBackend backend = Search.mapping(em.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
        return new SnippetMaker(backend.analyzer(Analyzers.ENGLISH).orElseThrow(),
                backend.analyzer(Analyzers.ENGLISH_SYNONYMS).orElseThrow());
    }

    private static SearchHit hit(List<?> row, String query, SnippetMaker snippets) {
        var resource = (LibraryResource) row.get(0);
        float score = row.get(1) == null ? 0f : (Float) row.get(1);
        String snippet = snippets.snippet(query, resource.getExtractedText());
        if (snippet == null) {
            snippet = Objects.requireNonNullElse(snippets.snippet(query, resource.getSummary()), resource.getSummary());
        }
        return new SearchHit(resource.getSlug(), resource.getTitle(), resource.getType(),
                resource.getTopics().stream().map(Topic::getSlug).toList(),
                resource.getTopics().stream().map(Topic::getLabel).toList(),
                resource.getPublishedOn(), Snippets.toSafeHtml(snippet), score);
    }

    private <K> List<FacetCount> facet(Map<K, Long> counts, Function<K, String> value, Function<String, String> label,
                                       List<String> selected, Comparator<FacetCount> order) {
        List<FacetCount> facet = new ArrayList<>();
        counts.forEach((key, count) -> {
            String v = value.apply(key);
            String shown = label.apply(v);
            facet.add(new FacetCount(v, shown == null ? v : shown, count, selected.contains(v)));
        });
        facet.sort(order);
        return facet;
    }

    private Map<String, String> labels(Class<? extends VocabularyTerm> vocabulary) {
        Map<String, String> labels = new LinkedHashMap<>();
        em.createQuery("select t from " + vocabulary.getSimpleName() + " t", VocabularyTerm.class)
                .getResultStream().forEach(term -> labels.put(term.getSlug(), term.getLabel()));
        return labels;
    }
}
