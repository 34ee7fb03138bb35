package org.leadbureau.portal.library.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadbureau.portal.library.control.ResourceItem;
import org.leadbureau.portal.library.entity.FileFacts;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;

/**
 * A library resource as the API answers it (JSON-B leaves out what is null): never the extracted text. {@code file}
 * is missing for a link, {@code externalUrl} for a file, and {@code fileHistory} (the facts of the files it had
 * before) comes only with one resource that has replaced its file.
 */
public record ResourceJson(String slug, String title, String summary, ResourceType type, List<String> topics,
                           List<String> audiences, LocalDate published, String language, ResourceStatus status,
                           String url, File file, String externalUrl, List<EarlierFile> fileHistory) {

    /** The resource's file: its facts and where to download it. */
    public record File(String name, String mediaType, long sizeBytes, String sha256, String url) {
    }

    /** A file the resource had before, and when it was replaced. */
    public record EarlierFile(String name, String mediaType, long sizeBytes, String sha256, Instant replacedAt) {
    }

    /** A resource as lists show it. */
    static ResourceJson item(ResourceItem resource) {
        return of(resource, null);
    }

    /** One resource, with its file history. */
    static ResourceJson of(LibraryResource resource) {
        List<EarlierFile> history = resource.getFileHistory().stream().map(version -> {
            FileFacts facts = version.getFacts();
            return new EarlierFile(facts.getFileName(), facts.getMediaType(), facts.getSizeBytes(), facts.getSha256(),
                    version.getReplacedAt());
        }).toList();
        return of(ResourceItem.of(resource), history.isEmpty() ? null : history);
    }

    private static ResourceJson of(ResourceItem resource, List<EarlierFile> history) {
        String url = "/library/" + resource.getSlug();
        FileFacts facts = resource.getFile();
        File file = facts == null ? null
                : new File(facts.getFileName(), facts.getMediaType(), facts.getSizeBytes(), facts.getSha256(), url + "/file");
        return new ResourceJson(resource.getSlug(), resource.getTitle(), resource.getSummary(), resource.getType(),
                resource.getTopics(), resource.getAudiences(), resource.getPublishedOn(), resource.getLanguage(),
                resource.getStatus(), url, file, resource.getExternalUrl(), history);
    }
}
