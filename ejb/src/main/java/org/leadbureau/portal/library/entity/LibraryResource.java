package org.leadbureau.portal.library.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.type.SqlTypes;
import org.leadbureau.portal.platform.persistence.Columns;
import org.leadbureau.portal.platform.search.Analyzers;
import org.leadbureau.portal.platform.search.Fingerprint;
import org.leadbureau.portal.platform.search.IndexedRows;

/**
 * A reference document of the library: metadata, the uploaded file (or an external link) and the text
 * extracted from the file at upload, which is what the search index reads (files are never parsed again).
 * Only published resources are in the index ({@link PublishedOnlyRouting}).
 */
@Entity
@Table(name = "library_resource")
@Indexed(index = LibraryResource.INDEX, routingBinder = @RoutingBinderRef(type = PublishedOnlyRouting.class))
@TypeBinding(binder = @TypeBinderRef(type = TextByLanguageBinder.class))
@IndexedRows(LibraryResource.INDEXED_ROWS)
@NamedQuery(name = LibraryResource.FIND_BY_SLUG, query = "select r from LibraryResource r where r.slug = :slug")
@NamedQuery(name = LibraryResource.INDEXED_ROWS, query = "select r.id, r.version from LibraryResource r"
        + " where r.status = org.leadbureau.portal.library.entity.ResourceStatus.PUBLISHED and r.id > :after order by r.id")
@NamedQuery(name = LibraryResource.FIND_DEMO, query = "select r from LibraryResource r where r.demo = true")
public class LibraryResource {

    /** How much of a text snippets are taken from: a long document costs a search what a short one does. */
    public static final int OPENING_LENGTH = 8_000;

    public static final String INDEX = "library";
    public static final String FIND_BY_SLUG = "LibraryResource.findBySlug";
    public static final String INDEXED_ROWS = "LibraryResource.indexedRows";
    public static final String FIND_DEMO = "LibraryResource.findDemo";

    /**
     * Index field names, for queries. Title, summary and text are indexed per language: these are the bases of
     * their fields' names ({@code SearchLanguage.field}).
     */
    public static final String F_TITLE = "title";
    public static final String F_TITLE_AUTOCOMPLETE = "titleAutocomplete";
    public static final String F_SUMMARY = "summary";
    public static final String F_BODY = "body";
    public static final String F_TYPE = "type";
    public static final String F_TOPIC = "topics.slug";
    public static final String F_AUDIENCE = "audiences.slug";
    public static final String F_PUBLISHED = "published";
    public static final String F_YEAR = "year";
    public static final String F_SPELLING = "spelling";
    public static final String F_LANGUAGE = "language";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @FullTextField(name = F_TITLE_AUTOCOMPLETE, analyzer = Analyzers.AUTOCOMPLETE,
            searchAnalyzer = Analyzers.AUTOCOMPLETE_QUERY, projectable = Projectable.YES)
    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @KeywordField(name = F_TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "resource_type", nullable = false, length = 32)
    private ResourceType type;

    @IndexedEmbedded(includePaths = "slug")
    // Slugs never change, so a topic's edit never needs to touch the index.
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(name = "library_resource_topic",
            joinColumns = @JoinColumn(name = "resource_id"), inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @IndexedEmbedded(includePaths = "slug")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(name = "library_resource_audience",
            joinColumns = @JoinColumn(name = "resource_id"), inverseJoinColumns = @JoinColumn(name = "audience_id"))
    private Set<Audience> audiences = new LinkedHashSet<>();

    @GenericField(name = F_PUBLISHED, sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @KeywordField(name = F_LANGUAGE, aggregable = Aggregable.YES)
    @Column(nullable = false, length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ResourceStatus status;

    @Column(name = "external_url", length = 500)
    private String externalUrl;

    @Embedded
    private FileFacts file;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private FileContent fileContent;

    @Lob
    @Column(name = "extracted_text", length = Columns.LONG_TEXT)
    private String extractedText;

    /** The first {@link #OPENING_LENGTH} characters of the text, where search snippets are taken from. */
    @Column(name = "text_opening", length = OPENING_LENGTH)
    private String textOpening;

    @ElementCollection
    @CollectionTable(name = "library_file_history", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderBy("replacedAt")
    private List<FileVersion> fileHistory = new ArrayList<>();

    /** Checksum of the seed this resource was imported from; null for resources staff uploaded. */
    @Column(name = "seed_checksum", length = 64)
    private String seedChecksum;

    /** Made-up example content (PORTAL_DEMO), marked as such wherever it shows. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LibraryResource() {
        // for JPA
    }

    public LibraryResource(String slug, ResourceDetails details, Instant now) {
        if (slug == null || slug.length() > 120 || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A slug is lower-case words joined by hyphens: '" + slug + "'");
        }
        this.slug = slug;
        this.createdAt = Objects.requireNonNull(now, "now");
        describe(details, now);
    }

    /** Replaces the metadata (not the file). */
    public void describe(ResourceDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        this.title = details.title();
        this.summary = details.summary();
        this.type = details.type();
        this.topics = new LinkedHashSet<>(details.topics());
        this.audiences = new LinkedHashSet<>(details.audiences());
        this.publishedOn = details.publishedOn();
        this.language = details.language();
        this.status = details.status();
        this.externalUrl = details.externalUrl();
        this.updatedAt = now;
    }

    /** Attaches a file and its extracted text; a file already attached moves to the history. */
    public void attach(FileFacts facts, FileContent content, String text, Instant now) {
        if (this.file != null) {
            fileHistory.add(new FileVersion(this.file, now));
        }
        this.file = Objects.requireNonNull(facts, "facts");
        this.fileContent = Objects.requireNonNull(content, "content");
        this.extractedText = Objects.requireNonNull(text, "text");
        this.textOpening = opening(text);
        this.updatedAt = now;
    }

    public void publish(boolean published, Instant now) {
        this.status = published ? ResourceStatus.PUBLISHED : ResourceStatus.DRAFT;
        this.updatedAt = now;
    }

    public void markSeed(String checksum) {
        this.seedChecksum = checksum;
    }

    public void markDemo(boolean demo) {
        this.demo = demo;
    }

    public boolean isDemo() {
        return demo;
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    /** The version, for the start-up check (see {@link Fingerprint}); every edit sets updatedAt, so it reindexes. */
    @GenericField(name = Fingerprint.FIELD, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
    public long getIndexedVersion() {
        return version;
    }

    /** Facet of the publication year; derived, so the index follows the date. */
    @GenericField(name = F_YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedOn")))
    public int getYear() {
        return publishedOn.getYear();
    }

    /**
     * The words of the title, summary and text as written, for "did you mean": suggestions come from the index's
     * terms, so no node ever holds the library's whole vocabulary in memory.
     */
    @FullTextField(name = F_SPELLING, analyzer = Analyzers.SPELLING)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "extractedText"))})
    public List<String> getWords() {
        return Stream.of(title, summary, extractedText).filter(Objects::nonNull).toList();
    }

    public Long getId() {
        return id;
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

    /** Topics sorted by label, for display. */
    public List<Topic> getTopics() {
        return topics.stream().sorted(Comparator.comparing(Topic::getLabel)).toList();
    }

    public List<Audience> getAudiences() {
        return audiences.stream().sorted(Comparator.comparing(Audience::getLabel)).toList();
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

    public String getExternalUrl() {
        return externalUrl;
    }

    public FileFacts getFile() {
        return file;
    }

    public FileContent getFileContent() {
        return fileContent;
    }

    public String getExtractedText() {
        return extractedText;
    }

    /** The text's first {@link #OPENING_LENGTH} characters, not cutting a character outside the BMP in two. */
    public static String opening(String text) {
        if (text.length() <= OPENING_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(OPENING_LENGTH - 1)) ? OPENING_LENGTH - 1 : OPENING_LENGTH;
        return text.substring(0, end);
    }

    public List<FileVersion> getFileHistory() {
        return Collections.unmodifiableList(fileHistory);
    }

    public String getSeedChecksum() {
        return seedChecksum;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
