package org.leadbureau.portal.library.entity;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.leadbureau.portal.platform.rules.TextLength;

/** The metadata of a resource, checked as a whole: what staff type and the seed declares. */
public record ResourceDetails(String title, String summary, ResourceType type, Set<Topic> topics,
                              Set<Audience> audiences, LocalDate publishedOn, String language,
                              ResourceStatus status, String externalUrl) {

    public ResourceDetails {
        title = required(title, "title", 200);
        summary = required(summary, "summary", 1000);
        Objects.requireNonNull(type, "type");
        topics = Set.copyOf(Objects.requireNonNull(topics, "topics"));
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("A resource needs at least one topic");
        }
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        Objects.requireNonNull(publishedOn, "publishedOn");
        language = language == null || language.isBlank() ? "en" : language.strip();
        Objects.requireNonNull(status, "status");
        if (externalUrl != null && !externalUrl.isBlank()) {
            String scheme = URI.create(externalUrl.strip()).getScheme();
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("An external link must be an http or https address");
            }
            externalUrl = externalUrl.strip();
        } else {
            externalUrl = null;
        }
    }

    /** The same details in another language. */
    public ResourceDetails inLanguage(String code) {
        return new ResourceDetails(title, summary, type, topics, audiences, publishedOn, code, status, externalUrl);
    }

    private static String required(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A resource needs a " + name);
        }
        if (TextLength.exceeds(value.strip(), max)) {
            throw new IllegalArgumentException("The " + name + " is longer than " + max + " characters");
        }
        return value.strip();
    }
}
