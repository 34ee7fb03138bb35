package org.leadbureau.portal.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.search.ChainAnalyzers;
import org.leadbureau.portal.platform.search.SearchLanguage;

/**
 * Full-text search of the published library with Hibernate Search: relevance ranks a title match above a
 * summary match above a body match; each document is matched with its own language's analysis; chosen facet values
 * narrow the hits and the counts alike.
 */
@ApplicationScoped
public class LibrarySearch {

    private static final float TITLE_BOOST = 6f;
    private static final float SUMMARY_BOOST = 3f;

    private static final AggregationKey<Map<ResourceType, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<String, Long>> TOPICS = AggregationKey.of("topic");
    private static final AggregationKey<Map<String, Long>> AUDIENCES = AggregationKey.of("audience");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");

    /** Fewer hits than this and the search suggests a correction. */
    static final int FEW_HITS = 3;

    @PersistenceContext
    EntityManager em;

    private final FacetLabels facetLabels = new FacetLabels();

    public SearchOutcome search(SearchCriteria criteria) {
        SearchSession session = Search.session(em);
        SearchResult<List<?>> result = session.search(LibraryResource.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where((f, root) -> {
                    if (criteria.hasQuery()) {
                        // Each language's fields with that language's analysis: a document matches in its own.
                        var anyLanguage = f.or();
                        for (SearchLanguage language : SearchLanguage.values()) {
                            anyLanguage.add(f.simpleQueryString()
                                    .field(language.field(LibraryResource.F_TITLE)).boost(TITLE_BOOST)
                                    .field(language.field(LibraryResource.F_SUMMARY)).boost(SUMMARY_BOOST)
                                    .field(language.field(LibraryResource.F_BODY))
                                    .matching(criteria.query())
                                    .defaultOperator(BooleanOperator.AND)
                                    .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
                                            SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE));
                        }
                        root.add(anyLanguage);
                    } else {
                        root.add(f.matchAll());
                    }
                    criteria.types().forEach(type -> root.add(f.match().field(LibraryResource.F_TYPE).matching(type)));
                    criteria.topics().forEach(topic -> root.add(f.match().field(LibraryResource.F_TOPIC).matching(topic)));
                    criteria.audiences().forEach(audience ->
                            root.add(f.match().field(LibraryResource.F_AUDIENCE).matching(audience)));
                    criteria.years().forEach(year -> root.add(f.match().field(LibraryResource.F_YEAR).matching(year)));
                    criteria.languages().forEach(code ->
                            root.add(f.match().field(LibraryResource.F_LANGUAGE).matching(code)));
                })
                .sort(f -> criteria.order() == SearchCriteria.Order.DATE || !criteria.hasQuery()
                        ? f.field(LibraryResource.F_PUBLISHED).desc().then().score()
                        : f.score().then().field(LibraryResource.F_PUBLISHED).desc())
                .aggregation(TYPES, f -> f.terms().field(LibraryResource.F_TYPE, ResourceType.class).maxTermCount(50))
                .aggregation(TOPICS, f -> f.terms().field(LibraryResource.F_TOPIC, String.class).maxTermCount(200))
                .aggregation(AUDIENCES, f -> f.terms().field(LibraryResource.F_AUDIENCE, String.class).maxTermCount(200))
                .aggregation(YEARS, f -> f.terms().field(LibraryResource.F_YEAR, Integer.class).maxTermCount(100))
                .aggregation(LANGUAGES, f -> f.terms().field(LibraryResource.F_LANGUAGE, String.class).maxTermCount(200))
                .fetch(criteria.offset(), criteria.size());

        List<SearchHit> hits = hits(result.hits(), criteria.query());
        Map<String, String> labels = facetLabels.current(em);
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("type", facet(result.aggregation(TYPES), ResourceType::name, name -> ResourceType.valueOf(name).label(),
                criteria.types().stream().map(ResourceType::name).toList(), Comparator.comparing(FacetCount::getLabel)));
        facets.put("topic", facet(result.aggregation(TOPICS), Function.identity(), slug -> labels.get(FacetLabels.topic(slug)),
                criteria.topics(), Comparator.comparing(FacetCount::getLabel)));
        facets.put("audience", facet(result.aggregation(AUDIENCES), Function.identity(),
                slug -> labels.get(FacetLabels.audience(slug)), criteria.audiences(),
                Comparator.comparing(FacetCount::getLabel)));
        facets.put("year", facet(result.aggregation(YEARS), String::valueOf, String::valueOf,
                criteria.years().stream().map(String::valueOf).toList(),
                Comparator.comparing(FacetCount::getValue).reversed()));
        facets.put("language", facet(result.aggregation(LANGUAGES), Function.identity(), Languages::name,
                criteria.languages(), Comparator.comparing(FacetCount::getCount).reversed()
                        .thenComparing(FacetCount::getLabel)));
        long total = result.total().hitCount();
        // A query that finds plenty needs no correction, and the suggestion's scan of the vocabulary is not free.
        String suggestion = criteria.hasQuery() && total < FEW_HITS ? suggest(session, criteria.query()) : null;
        return new SearchOutcome(total, criteria, hits, facets, suggestion);
    }

    /** Titles starting with what was typed (each word a prefix), best matches first. */
    public List<String[]> titlesStartingWith(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Search.session(em).search(LibraryResource.class)
                .select(f -> f.composite().from(f.field("slug", String.class),
                        f.field(LibraryResource.F_TITLE_AUTOCOMPLETE, String.class))
                        .as((slug, title) -> new String[] {slug, title}))
                .where(f -> f.simpleQueryString().field(LibraryResource.F_TITLE_AUTOCOMPLETE)
                        .matching(typed.strip()).defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE))
                .fetchHits(limit);
    }

    /**
     * The analyzers the index uses for text in {@code language}, so that snippets mark what the search matched: built
     * from the same chains, apart from the backend, so snippets are the same on the embedded index and on OpenSearch.
     */
    private static SnippetMaker snippetMaker(SearchLanguage language) {
        return new SnippetMaker(ChainAnalyzers.named(language.analyzer()), ChainAnalyzers.named(language.searchAnalyzer()));
    }

    /**
     * The page's hits from the database in two statements, whatever the page size: their columns with only the
     * opening of the text (snippets come from that window, never from the whole text), and their topics.
     */
    private List<SearchHit> hits(List<List<?>> found, String query) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(row -> (Long) row.get(0)).toList();
        Map<Long, Object[]> rows = new HashMap<>();
        em.createQuery("select r.id, r.slug, r.title, r.type, r.publishedOn, r.summary, r.textOpening, r.language"
                        + " from LibraryResource r where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> rows.put((Long) row[0], row));
        Map<Long, List<String[]>> topics = new HashMap<>();
        em.createQuery("select r.id, t.slug, t.label from LibraryResource r join r.topics t where r.id in :ids"
                        + " order by t.label", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> topics.computeIfAbsent((Long) row[0],
                        id -> new ArrayList<>()).add(new String[] {(String) row[1], (String) row[2]}));
        Map<SearchLanguage, SnippetMaker> snippetMakers = new EnumMap<>(SearchLanguage.class);
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> hit : found) {
            Object[] row = rows.get((Long) hit.get(0));
            if (row == null) {
                continue; // deleted since the index answered
            }
            String summary = (String) row[5];
            SnippetMaker snippets = snippetMakers.computeIfAbsent(SearchLanguage.of((String) row[7]), LibrarySearch::snippetMaker);
            String snippet = snippets.snippet(query, (String) row[6]);
            if (snippet == null) {
                snippet = Objects.requireNonNullElse(snippets.snippet(query, summary), summary);
            }
            List<String[]> terms = topics.getOrDefault((Long) hit.get(0), List.of());
            hits.add(new SearchHit((String) row[1], (String) row[2], (ResourceType) row[3],
                    terms.stream().map(term -> term[0]).toList(), terms.stream().map(term -> term[1]).toList(),
                    (LocalDate) row[4], Snippets.toSafeHtml(snippet), hit.get(1) == null ? 0f : (Float) hit.get(1),
                    (String) row[7]));
        }
        return hits;
    }

    /** "Did you mean", from the index's own terms: read from the embedded index, or through OpenSearch's suggester. */
    private static String suggest(SearchSession session, String query) {
        if (PortalConfig.openSearch()) {
            return new SpellingSuggester(new OpenSearchWords(session, LibraryResource.F_SPELLING)).suggest(query).orElse(null);
        }
        try (IndexReader reader = session.scope(LibraryResource.class).extension(LuceneExtension.get()).openIndexReader()) {
            return new SpellingSuggester(new IndexWords(reader, LibraryResource.F_SPELLING)).suggest(query).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
