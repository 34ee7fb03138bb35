package org.leadbureau.portal.platform.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The analyzers of {@link AnalysisChains} as OpenSearch defines them in an index's settings: Lucene's factory names
 * become OpenSearch's token filter types with the same behaviour, and word lists and synonyms are written inline,
 * since an OpenSearch node cannot read the portal's files. The same chains on both backends, so that a search finds
 * the same documents on either.
 */
public final class OpenSearchAnalysis {

    /** A token filter: its OpenSearch type and parameters (text, numbers, true/false or lists of text). */
    public record Component(String type, Map<String, Object> params) {
    }

    /** An analyzer: a tokenizer and the names of its token filters, built-in ones or {@link #filters()}. */
    public record Analyzer(String tokenizer, List<String> filters) {
    }

    /** Filters OpenSearch has built in under the same behaviour, without parameters. */
    private static final Map<String, String> BUILT_IN = Map.of(
            "lowercase", "lowercase", "asciiFolding", "asciifolding", "kStem", "kstem");
    private static final Set<String> TOKENIZERS = Set.of("standard");

    private final Map<String, Component> filters = new LinkedHashMap<>();
    private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();

    /** {@code lines}: a word list or synonym file of the chains by its class path, without comments and blank lines. */
    OpenSearchAnalysis(Map<String, AnalysisChains.Chain> chains, Function<String, List<String>> lines) {
        chains.forEach((name, chain) -> {
            if (!TOKENIZERS.contains(chain.tokenizer())) {
                throw new IllegalArgumentException("No OpenSearch tokenizer for " + chain.tokenizer());
            }
            List<String> names = new ArrayList<>();
            for (AnalysisChains.Filter filter : chain.filters()) {
                String builtIn = filter.params().isEmpty() ? BUILT_IN.get(filter.name()) : null;
                if (builtIn != null) {
                    names.add(builtIn);
                } else {
                    String custom = name + "_" + filter.name();
                    filters.put(custom, component(filter, lines));
                    names.add(custom);
                }
            }
            analyzers.put(name, new Analyzer(chain.tokenizer(), List.copyOf(names)));
        });
    }

    /** The portal's analysis, with its word lists and synonyms read from the class path. */
    public static OpenSearchAnalysis portal() {
        return new OpenSearchAnalysis(AnalysisChains.ALL, OpenSearchAnalysis::resourceLines);
    }

    public Map<String, Component> filters() {
        return filters;
    }

    public Map<String, Analyzer> analyzers() {
        return analyzers;
    }

    private static Component component(AnalysisChains.Filter filter, Function<String, List<String>> lines) {
        Map<String, String> params = filter.params();
        return switch (filter.name()) {
            case "englishPossessive" -> new Component("stemmer", Map.of("language", "possessive_english"));
            case "spanishLightStem" -> new Component("stemmer", Map.of("language", "light_spanish"));
            // Lucene's stop filter without a list uses the English one, which OpenSearch calls _english_.
            case "stop" -> params.containsKey("words")
                    ? new Component("stop", Map.of("stopwords", lines.apply(params.get("words")),
                            "ignore_case", Boolean.parseBoolean(params.getOrDefault("ignoreCase", "false"))))
                    : new Component("stop", Map.of("stopwords", "_english_"));
            // OpenSearch reads the rules through the chain's filters before this one (lower case), as ignoreCase does.
            case "synonymGraph" -> new Component("synonym_graph", Map.of("synonyms", lines.apply(params.get("synonyms")),
                    "expand", Boolean.parseBoolean(params.getOrDefault("expand", "true"))));
            case "edgeNGram" -> new Component("edge_ngram", Map.of(
                    "min_gram", Integer.parseInt(params.get("minGramSize")),
                    "max_gram", Integer.parseInt(params.get("maxGramSize"))));
            default -> throw new IllegalArgumentException("No OpenSearch token filter for " + filter.name() + params);
        };
    }

    private static List<String> resourceLines(String path) {
        try (InputStream in = OpenSearchAnalysis.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing analysis resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
