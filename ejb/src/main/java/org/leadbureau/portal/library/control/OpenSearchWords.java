package org.leadbureau.portal.library.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.function.BiConsumer;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.leadbureau.portal.library.entity.LibraryResource;

/**
 * The vocabulary of "did you mean" on OpenSearch, from the same index field as {@link IndexWords}: a word's frequency
 * is the number of documents whose field has it, and the candidates near a word come from OpenSearch's term
 * suggester (any edits of up to two, first letter included), which {@link SpellingSuggester} then ranks as it ranks
 * the embedded index's terms. Two requests a word, made only for a query that found few documents.
 */
final class OpenSearchWords implements SpellingSuggester.Words {

    /** Candidates asked for per word: the suggester's best by similarity, of which the closest few matter. */
    private static final int CANDIDATES = 20;

    private final SearchSession session;
    private final String field;

    OpenSearchWords(SearchSession session, String field) {
        this.session = session;
        this.field = field;
    }

    @Override
    public int frequency(String word) {
        return (int) session.search(LibraryResource.class)
                .where(f -> f.match().field(field).matching(word))
                .fetchTotalHitCount();
    }

    @Override
    public void near(String word, int min, int max, BiConsumer<String, Integer> candidate) {
        JsonObject term = new JsonObject();
        term.addProperty("field", field);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("max_edits", 2);
        term.addProperty("prefix_length", 0);
        term.addProperty("min_word_length", 1);
        term.addProperty("size", CANDIDATES);
        JsonObject near = new JsonObject();
        near.addProperty("text", word);
        near.add("term", term);
        JsonObject suggest = new JsonObject();
        suggest.add("near", near);

        JsonObject response = session.search(LibraryResource.class).extension(ElasticsearchExtension.get())
                .where(f -> f.matchAll())
                .requestTransformer(request -> request.body().add("suggest", suggest))
                .fetch(0)
                .responseBody();
        JsonArray entries = response.getAsJsonObject("suggest").getAsJsonArray("near");
        for (JsonElement entry : entries) {
            for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                String known = option.getAsJsonObject().get("text").getAsString();
                if (known.length() >= min && known.length() <= max) {
                    candidate.accept(known, option.getAsJsonObject().get("freq").getAsInt());
                }
            }
        }
    }
}
