package org.leadbureau.portal.library.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.leadbureau.portal.library.entity.FileFacts;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.library.entity.VocabularyTerm;

/**
 * A resource as lists show it: its metadata and the facts of its file, never the extracted text nor the file
 * itself, so that a page of them stays small whatever the documents' size. {@code file} is null for a link.
 * A class with getters (not a record) because pages read it through EL.
 */
public final class ResourceItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String slug;
    private final String title;
    private final String summary;
    private final ResourceType type;
    private final List<String> topics;
    private final List<String> audiences;
    private final LocalDate publishedOn;
    private final String language;
    private final ResourceStatus status;
    private final String externalUrl;
    private final FileFacts file;
    private final int earlierFiles;
    private final boolean demo;

    @SuppressWarnings("java:S107") // one value per column of the list
    public ResourceItem(String slug, String title, String summary, ResourceType type, List<String> topics,
                        List<String> audiences, LocalDate publishedOn, String language, ResourceStatus status,
                        String externalUrl, FileFacts file, int earlierFiles, boolean demo) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.type = type;
        this.topics = List.copyOf(topics);
        this.audiences = List.copyOf(audiences);
        this.publishedOn = publishedOn;
        this.language = language;
        this.status = status;
        this.externalUrl = externalUrl;
        this.file = file;
        this.earlierFiles = earlierFiles;
        this.demo = demo;
    }

    public static ResourceItem of(LibraryResource resource) {
        return new ResourceItem(resource.getSlug(), resource.getTitle(), resource.getSummary(), resource.getType(),
                resource.getTopics().stream().map(VocabularyTerm::getSlug).toList(),
                resource.getAudiences().stream().map(VocabularyTerm::getSlug).toList(), resource.getPublishedOn(),
                resource.getLanguage(), resource.getStatus(), resource.getExternalUrl(), resource.getFile(),
                resource.getFileHistory().size(), resource.isDemo());
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ResourceType getType() {
        return type;
    }

    /** Topic slugs, by label. */
    public List<String> getTopics() {
        return topics;
    }

    /** Audience slugs, by label. */
    public List<String> getAudiences() {
        return audiences;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getLanguage() {
        return language;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public FileFacts getFile() {
        return file;
    }

    /** How many files this resource had before its current one. */
    public int getEarlierFiles() {
        return earlierFiles;
    }

    /** Made-up example content (PORTAL_DEMO): staff lists mark it. */
    public boolean isDemo() {
        return demo;
    }
}
