package org.leadbureau.portal.platform.rules;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Wording;

/**
 * Input a boundary refuses, with a message per field in words the person can act on. The transaction is
 * rolled back; pages show each message next to its field, the API answers 400 listing them. Made with
 * {@link Wording}s (the public forms), the messages exist in every language.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends WordedException {

    private final Map<String, String> fieldErrors;
    private final Map<String, Wording> fieldWordings;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        this(String.join(" ", fieldErrors.values()), fieldErrors);
    }

    /** A message for the whole input and, where it applies, one per field, in the order of the form. */
    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.fieldWordings = Map.of();
    }

    /** A refusal that concerns no single field. */
    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    /** One field refused, in words for every language. */
    public InvalidInputException(String field, Wording message) {
        this(message, Map.of(field, message));
    }

    /** A message for the whole input and one per field (in the order of the form), in words for every language. */
    public InvalidInputException(Wording message, Map<String, Wording> fieldErrors) {
        super(message);
        this.fieldWordings = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.fieldErrors = inLanguage(fieldWordings, Language.DEFAULT);
    }

    /**
     * Fields refused (in the order of the form), in words for every language; the message for the whole input is
     * the text of {@code key} with their reasons, one after the other, as its {@code {0}}.
     */
    public static InvalidInputException ofFields(String key, Map<String, Wording> fieldErrors) {
        return new InvalidInputException(Wording.of(key, new Wording.Sentences(List.copyOf(fieldErrors.values()))),
                fieldErrors);
    }

    /** Field → message, in English. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    /** Field → message in {@code language} where the messages have words in it; English otherwise. */
    public Map<String, String> getFieldErrors(Language language) {
        return fieldWordings.isEmpty() ? fieldErrors : inLanguage(fieldWordings, language);
    }

    private static Map<String, String> inLanguage(Map<String, Wording> wordings, Language language) {
        Map<String, String> messages = new LinkedHashMap<>();
        wordings.forEach((field, wording) -> messages.put(field, wording.in(language)));
        return Collections.unmodifiableMap(messages);
    }
}
