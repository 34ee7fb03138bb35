package org.leadbureau.portal.library.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.leadbureau.portal.library.entity.LibraryResource;

/**
 * Picks the passage of a text where a query's words cluster and marks them ({@link Snippets#OPEN}/
 * {@link Snippets#CLOSE}). Words match as the index matches them: the text through the index analyzer, the
 * query through the search analyzer (stems, synonyms), so "referrals" in a text answers "referral". Excluded
 * words (-word) are not marked. The server's Lucene lacks the highlighter module, hence this; it also gives the same
 * passages whichever backend holds the index ({@link org.leadbureau.portal.platform.search.ChainAnalyzers}).
 */
public final class SnippetMaker {

    static final int LENGTH = 240;
    private static final int LEAD_IN = 50;
    /** Only this much of a text is scanned for a snippet, so a long document costs what a short one does. */
    public static final int SCANNED = LibraryResource.OPENING_LENGTH;

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    public SnippetMaker(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
    }

    /** The marked passage, or null when no word of the query occurs in the text. */
    public String snippet(String query, String text) {
        if (query == null || query.isBlank() || text == null || text.isBlank()) {
            return null;
        }
        Set<String> terms = new HashSet<>();
        tokens(queryAnalyzer, query.replaceAll("(^|\\s)-\\S+", " ").replace('"', ' '), (term, start, end) -> terms.add(term));
        if (terms.isEmpty()) {
            return null;
        }
        String scanned = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
        List<int[]> matches = new ArrayList<>();
        tokens(indexAnalyzer, scanned, (term, start, end) -> {
            if (terms.contains(term)) {
                matches.add(new int[] {start, end});
            }
        });
        if (matches.isEmpty()) {
            return null;
        }
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j)[1] <= matches.get(i)[0] + LENGTH - LEAD_IN; j++) {
                count++;
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        int start = wordStart(scanned, Math.max(0, matches.get(best)[0] - LEAD_IN));
        int end = wordEnd(scanned, Math.min(scanned.length(), start + LENGTH));
        var snippet = new StringBuilder(start > 0 ? "… " : "");
        int at = start;
        for (int[] match : matches) {
            if (match[0] >= start && match[1] <= end) {
                snippet.append(scanned, at, match[0]).append(Snippets.OPEN)
                        .append(scanned, match[0], match[1]).append(Snippets.CLOSE);
                at = match[1];
            }
        }
        snippet.append(scanned, at, end);
        return end < text.length() ? snippet.append(" …").toString() : snippet.toString();
    }

    private static int wordStart(String text, int from) {
        if (from == 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        return space < 0 || space > from + 20 ? from : space + 1;
    }

    private static int wordEnd(String text, int to) {
        if (to >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', to);
        return space <= to - 20 ? to : space;
    }

    private interface TokenSink {
        void token(String term, int start, int end);
    }

    private static void tokens(Analyzer analyzer, String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.token(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
