package org.leadbureau.portal.library.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.leadbureau.portal.library.control.FacetCount;
import org.leadbureau.portal.library.control.ResourceItem;
import org.leadbureau.portal.library.control.SearchHit;
import org.leadbureau.portal.library.control.SearchOutcome;
import org.leadbureau.portal.library.entity.LibraryResource;

/** The JSON shapes of the library API. */
final class LibraryJson {

    private LibraryJson() {
    }

    static JsonObject search(SearchOutcome outcome) {
        JsonArrayBuilder hits = Json.createArrayBuilder();
        for (SearchHit hit : outcome.getHits()) {
            hits.add(Json.createObjectBuilder()
                    .add("slug", hit.getSlug())
                    .add("title", hit.getTitle())
                    .add("type", hit.getType().name())
                    .add("topics", strings(hit.getTopics()))
                    .add("published", hit.getPublished().toString())
                    .add("snippet", hit.getSnippetHtml())
                    .add("score", hit.getScore()));
        }
        JsonObjectBuilder facets = Json.createObjectBuilder();
        outcome.getFacets().forEach((name, values) -> {
            JsonObjectBuilder counts = Json.createObjectBuilder();
            for (FacetCount value : values) {
                counts.add(value.getValue(), value.getCount());
            }
            facets.add(name, counts);
        });
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("total", outcome.getTotal())
                .add("page", outcome.getPage())
                .add("size", outcome.getSize())
                .add("hits", hits)
                .add("facets", facets);
        if (outcome.getSuggestion() == null) {
            body.addNull("suggestion");
        } else {
            body.add("suggestion", outcome.getSuggestion());
        }
        return body.build();
    }

    /** A resource as lists show it: no extracted text, no file history. */
    static JsonObjectBuilder item(ResourceItem resource) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", resource.getSlug())
                .add("title", resource.getTitle())
                .add("summary", resource.getSummary())
                .add("type", resource.getType().name())
                .add("topics", strings(resource.getTopics()))
                .add("audiences", strings(resource.getAudiences()))
                .add("published", resource.getPublishedOn().toString())
                .add("language", resource.getLanguage())
                .add("status", resource.getStatus().name())
                .add("url", "/library/" + resource.getSlug());
        if (resource.getFile() != null) {
            json.add("file", Json.createObjectBuilder()
                    .add("name", resource.getFile().getFileName())
                    .add("mediaType", resource.getFile().getMediaType())
                    .add("sizeBytes", resource.getFile().getSizeBytes())
                    .add("sha256", resource.getFile().getSha256())
                    .add("url", "/library/" + resource.getSlug() + "/file"));
        }
        if (resource.getExternalUrl() != null) {
            json.add("externalUrl", resource.getExternalUrl());
        }
        return json;
    }

    /** One resource, with the facts of the files it had before. */
    static JsonObject resource(LibraryResource resource) {
        JsonObjectBuilder json = item(ResourceItem.of(resource));
        if (!resource.getFileHistory().isEmpty()) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            resource.getFileHistory().forEach(version -> history.add(Json.createObjectBuilder()
                    .add("name", version.getFacts().getFileName())
                    .add("mediaType", version.getFacts().getMediaType())
                    .add("sizeBytes", version.getFacts().getSizeBytes())
                    .add("sha256", version.getFacts().getSha256())
                    .add("replacedAt", version.getReplacedAt().toString())));
            json.add("fileHistory", history);
        }
        return json.build();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
