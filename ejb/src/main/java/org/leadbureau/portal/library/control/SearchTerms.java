package org.leadbureau.portal.library.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leadbureau.portal.platform.rules.TextLength;

/**
 * What a search that found nothing is counted under: the words people typed, normalised so that "Naloxone  kits" and
 * "naloxone kits" are one term, and cut to {@link #MAX_LENGTH} characters. A query that looks like it holds personal
 * data (an email address, a phone or case number) is not counted at all. Pure rules.
 */
public final class SearchTerms {

    public static final int MAX_LENGTH = 100;

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Cf}]+");
    private static final Pattern PERSONAL = Pattern.compile("\\S@\\S|\\d[\\d\\s().-]{5,}\\d");

    private SearchTerms() {
    }

    /** The term a query is counted under, or empty when it is blank or may hold personal data. */
    public static Optional<String> normalise(String query) {
        if (query == null) {
            return Optional.empty();
        }
        String words = SPACES.matcher(Normalizer.normalize(query, Normalizer.Form.NFKC)).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT);
        if (words.isEmpty() || PERSONAL.matcher(words).find()) {
            return Optional.empty();
        }
        return Optional.of(TextLength.truncate(words, MAX_LENGTH).strip());
    }
}
