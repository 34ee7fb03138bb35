package org.leadbureau.portal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.platform.search.AnalysisChains;
import org.leadbureau.portal.platform.search.AnalysisChainsTest;
import org.leadbureau.portal.platform.search.SearchLanguage;

/**
 * The limit the portal's search is compared with: the same queries, parsed with the same analysis chain and field
 * weights, run by a plain Lucene {@link IndexSearcher} on the portal's own index directory in this JVM — no HTTP,
 * no JSON, no facets, no snippets, no database.
 */
final class PlainLucene implements AutoCloseable {

    // The field weights of LibrarySearch, on the English fields: the benchmark's corpus is English.
    private static final Map<String, Float> FIELDS = Map.of(
            SearchLanguage.ENGLISH.field(LibraryResource.F_TITLE), 6f,
            SearchLanguage.ENGLISH.field(LibraryResource.F_SUMMARY), 3f,
            SearchLanguage.ENGLISH.field(LibraryResource.F_BODY), 1f);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    PlainLucene(Path dataDirectory) throws IOException {
        reader = DirectoryReader.open(FSDirectory.open(dataDirectory.resolve("index").resolve(LibraryResource.INDEX)));
        searcher = new IndexSearcher(reader);
        analyzer = AnalysisChainsTest.build(AnalysisChains.ENGLISH);
    }

    int documents() {
        return reader.numDocs();
    }

    /** The ten best hits and the total, as the portal's first page asks for. */
    long search(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        try {
            return searcher.search(query, 10).totalHits.value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        analyzer.close();
        reader.close();
    }
}
