package org.leadbureau.portal.library.control;

import java.time.LocalDate;
import java.util.List;
import org.leadbureau.portal.library.entity.ResourceType;

/** One search result; {@code snippetHtml} is safe HTML (see {@link Snippets}). A class with getters for EL. */
public final class SearchHit {

    private final String slug;
    private final String title;
    private final ResourceType type;
    private final List<String> topics;
    private final List<String> topicLabels;
    private final LocalDate published;
    private final String snippetHtml;
    private final float score;
    private final String language;

    public SearchHit(String slug, String title, ResourceType type, List<String> topics, List<String> topicLabels,
                     LocalDate published, String snippetHtml, float score, String language) {
        this.slug = slug;
        this.title = title;
        this.type = type;
        this.topics = List.copyOf(topics);
        this.topicLabels = List.copyOf(topicLabels);
        this.published = published;
        this.snippetHtml = snippetHtml;
        this.score = score;
        this.language = language;
    }

    /** The language of the resource's title and text (ISO 639 code), for {@code lang} where it differs from the page's. */
    public String getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public ResourceType getType() {
        return type;
    }

    public List<String> getTopics() {
        return topics;
    }

    public List<String> getTopicLabels() {
        return topicLabels;
    }

    public LocalDate getPublished() {
        return published;
    }

    public String getSnippetHtml() {
        return snippetHtml;
    }

    public float getScore() {
        return score;
    }
}
