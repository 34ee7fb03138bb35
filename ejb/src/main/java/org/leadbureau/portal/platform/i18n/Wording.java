package org.leadbureau.portal.platform.i18n;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.leadbureau.portal.platform.time.EventTimes;

/**
 * Words for a person kept as a key of the errors bundle ({@code errors/messages*.properties}) and its values, so
 * that they are written in the reader's language only when it is known: by the page or the API answer, not by the
 * boundary that refused.
 */
public record Wording(String key, List<Serializable> arguments) implements Serializable {

    public Wording {
        arguments = List.copyOf(arguments);
    }

    public static Wording of(String key, Serializable... arguments) {
        return new Wording(key, Arrays.asList(arguments));
    }

    /**
     * The words in {@code language}; a {@link DateTime} or {@link Sentences} among the values is written as that
     * language writes it.
     */
    public String in(Language language) {
        Object[] values = arguments.stream()
                .map(value -> value instanceof DateTime at ? EventTimes.dateTime(at.instant(), at.zone(), language)
                        : value instanceof Sentences sentences ? sentences.in(language) : value)
                .toArray();
        return BundleTexts.of(BundleTexts.ERRORS, language).get(key, values);
    }

    /** A moment in a zone, as a value of a text: "Monday, March 16, 2026, 10:00 AM PDT". */
    public record DateTime(Instant instant, ZoneId zone) implements Serializable {
    }

    /** Several wordings one after the other, as a value of a text: the reasons a request was refused. */
    public record Sentences(List<Wording> each) implements Serializable {

        public Sentences {
            each = List.copyOf(each);
        }

        String in(Language language) {
            return each.stream().map(wording -> wording.in(language)).collect(Collectors.joining(" "));
        }
    }
}
