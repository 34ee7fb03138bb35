package org.leadbureau.portal.library.boundary;

import java.util.List;

/**
 * Metadata of a resource as staff send it (form or API), raw: {@code type} and {@code status} are names,
 * {@code published} is YYYY-MM-DD. {@link LibraryCuration} checks it and names each bad field.
 */
public record ResourceForm(String title, String summary, String type, List<String> topics, List<String> audiences,
                           String published, String status, String language, String externalUrl) {

    public ResourceForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }
}
