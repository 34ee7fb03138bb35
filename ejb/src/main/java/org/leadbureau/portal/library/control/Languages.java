package org.leadbureau.portal.library.control;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a document, as an ISO 639-1 code ("en", "lv"): guessed from its text when the uploader gives
 * none, named for people in their own language (English for staff), and offered to staff to correct. The guess is
 * Optimaize's n-gram detector, the one Tika's language detection wraps (Tika's own wrapper module is not available
 * to this build).
 */
@ApplicationScoped
public class Languages {

    /** Enough text to tell the language; more only slows the guess down. */
    private static final int SAMPLE = 20_000;

    /** How sure the detector must be before its guess is taken; below it the default stays. */
    private static final double CERTAIN = 0.9;

    /** Every language staff can choose, by its English name. */
    private static final List<Language> CHOICES = Arrays.stream(Locale.getISOLanguages())
            .map(code -> new Language(code, name(code)))
            .sorted(Comparator.comparing(Language::name))
            .toList();

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    /** Loads the detector's language profiles: once per application, they take a moment. */
    public Languages() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("The language profiles did not load", e);
        }
    }

    /** A language code and its English name. */
    public record Language(String code, String name) {
    }

    /** The language of {@code text}, when the detector is reasonably sure of it. */
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<DetectedLanguage> guesses = detector.getProbabilities(
                texts.forText(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text));
        return guesses.stream().filter(guess -> guess.getProbability() >= CERTAIN).findFirst()
                .map(guess -> guess.getLocale().getLanguage().toLowerCase(Locale.ROOT));
    }

    /** "Latvian" for "lv"; the code itself when Java knows no name for it. */
    public static String name(String code) {
        return name(code, Locale.ENGLISH);
    }

    /** "Letón" for "lv" to a Spanish reader: named in the reader's language, capitalised as a label. */
    public static String name(String code, Locale reader) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    public static List<Language> choices() {
        return CHOICES;
    }
}
