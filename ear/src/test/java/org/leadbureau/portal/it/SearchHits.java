package org.leadbureau.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;

/** Searching the library in tests: words no document has, and the slugs a search answered. */
public final class SearchHits {

    private SearchHits() {
    }

    /** A made-up word that is in no other document (and no dictionary, so no stemming or suggestion bends it). */
    public static String madeUpWord() {
        var random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** The slugs of the hits of an answer of {@code /api/search}, after checking that it is one (200). */
    public static List<String> slugs(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("slug")).toList();
    }
}
