package org.leadbureau.portal.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The analyzers of {@link AnalysisChains} built with plain Lucene (the server's module), apart from any search
 * backend: search snippets mark words as the index matches them whether the index is embedded or in OpenSearch.
 * Analyzers are thread-safe, so each is built once.
 */
public final class ChainAnalyzers {

    private static final Map<String, Analyzer> BUILT = new ConcurrentHashMap<>();

    private ChainAnalyzers() {
    }

    /** The analyzer of that name in {@link Analyzers}. */
    public static Analyzer named(String name) {
        return BUILT.computeIfAbsent(name, key -> build(AnalysisChains.ALL.get(key)));
    }

    public static Analyzer build(AnalysisChains.Chain chain) {
        try {
            // The word lists and synonyms are resources of the application (the content module).
            var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(ChainAnalyzers.class.getClassLoader()))
                    .withTokenizer(chain.tokenizer());
            for (AnalysisChains.Filter filter : chain.filters()) {
                builder.addTokenFilter(filter.name(), new HashMap<>(filter.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
