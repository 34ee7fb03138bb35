package org.leadbureau.portal.library.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The vocabulary of "did you mean" read straight from the search index's terms of one field: nothing is copied
 * into memory, so it costs the same at 17,000 documents as at 17, and it is current as soon as the index is.
 * A word's frequency is the number of documents that use it. Every term of a fitting length is a candidate: the
 * embedded Lucene has no suggester module.
 */
final class IndexWords implements SpellingSuggester.Words {

    private final IndexReader reader;
    private final String field;

    IndexWords(IndexReader reader, String field) {
        this.reader = reader;
        this.field = field;
    }

    @Override
    public int frequency(String word) {
        try {
            return reader.docFreq(new Term(field, word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void near(String word, int min, int max, BiConsumer<String, Integer> candidate) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                // A character is one to four bytes of UTF-8: a cheap test before decoding.
                if (term.length < min || term.length > 4 * max) {
                    continue;
                }
                String known = term.utf8ToString();
                if (known.length() >= min && known.length() <= max) {
                    candidate.accept(known, each.docFreq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
