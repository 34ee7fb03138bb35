package org.leadbureau.portal.library.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": replaces each word of a query that the library's text never uses with the closest word it
 * does use (at most two edits; the most frequent wins among equally close ones). Operators, quotes and
 * exclusions are kept as typed. Words of fewer than four letters are left alone: they are often acronyms.
 */
public final class SpellingSuggester {

    /** The words a library uses, lower case: the index's terms, or (in tests) a map. */
    public interface Words {

        /** How often the word occurs; 0 when the library never uses it. */
        int frequency(String word);

        /**
         * Offers known words that may be close to {@code word}, with their frequencies: at least every one within two
         * edits whose length is within the bounds (all of those lengths, from a list of terms; the near ones, from a
         * search engine's suggester). The suggester measures and ranks them itself.
         */
        void near(String word, int min, int max, BiConsumer<String, Integer> candidate);
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Words words;

    public SpellingSuggester(Words words) {
        this.words = words;
    }

    /** {@code frequencies}: every word of a text, lower case, with how often it occurs. */
    public SpellingSuggester(Map<String, Integer> frequencies) {
        this(new Words() {
            @Override
            public int frequency(String word) {
                return frequencies.getOrDefault(word, 0);
            }

            @Override
            public void near(String word, int min, int max, BiConsumer<String, Integer> candidate) {
                frequencies.forEach((known, count) -> {
                    if (known.length() >= min && known.length() <= max) {
                        candidate.accept(known, count);
                    }
                });
            }
        });
    }

    public Optional<String> suggest(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        Matcher words = WORD.matcher(query);
        var corrected = new StringBuilder();
        boolean changed = false;
        while (words.find()) {
            String word = words.group();
            String replacement = correct(word.toLowerCase(Locale.ROOT));
            changed |= replacement != null;
            words.appendReplacement(corrected, Matcher.quoteReplacement(replacement == null ? word : replacement));
        }
        words.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    /** The best known word for an unknown one, or null when the word is known, short or has no near match. */
    private String correct(String word) {
        if (word.length() < 4 || words.frequency(word) > 0) {
            return null;
        }
        int allowed = word.length() < 7 ? 1 : 2;
        var best = new Object() {
            String word;
            int distance = Integer.MAX_VALUE;
            int frequency;
        };
        words.near(word, word.length() - allowed, word.length() + allowed, (candidate, frequency) -> {
            if (!candidate.chars().allMatch(Character::isLetter)) {
                return; // numbers and codes are no corrections
            }
            int distance = distance(word, candidate, allowed);
            if (distance <= allowed && (distance < best.distance
                    || (distance == best.distance && frequency > best.frequency)
                    || (distance == best.distance && frequency == best.frequency && candidate.compareTo(best.word) < 0))) {
                best.word = candidate;
                best.distance = distance;
                best.frequency = frequency;
            }
        });
        return best.word;
    }

    /** Optimal string alignment distance (a swap of neighbours is one edit), giving up past {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** Counts the words of a text into {@code frequencies} (lower case, letters only). */
    public static void countWords(String text, Map<String, Integer> frequencies) {
        if (text == null) {
            return;
        }
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            frequencies.merge(words.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }
}
