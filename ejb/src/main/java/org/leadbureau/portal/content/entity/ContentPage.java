package org.leadbureau.portal.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.persistence.Columns;
import org.leadbureau.portal.platform.search.Analyzers;
import org.leadbureau.portal.platform.search.Fingerprint;

/**
 * A page of the Bureau's own text in one language: the home page and the pages under {@code /about/<slug>}.
 * Every page exists in English; a translation is another row with the same slug. Pages start life as seed
 * content; once staff edit one, later imports leave it alone.
 */
@Entity
@Table(name = "content_page")
@Indexed
@NamedQuery(name = ContentPage.FIND_BY_SLUG,
        query = "select p from ContentPage p where p.slug = :slug and p.language in :languages")
@NamedQuery(name = ContentPage.FIND_ALL,
        query = "select p from ContentPage p where p.language in :languages order by p.menuOrder, p.title")
@NamedQuery(name = ContentPage.COUNT_ALL, query = "select count(p) from ContentPage p")
public class ContentPage {

    public static final String FIND_BY_SLUG = "ContentPage.findBySlug";
    public static final String FIND_ALL = "ContentPage.findAll";
    public static final String COUNT_ALL = "ContentPage.countAll";
    public static final String HOME = "home";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 8)
    private Language language;

    @FullTextField(analyzer = Analyzers.ENGLISH)
    @Column(nullable = false, length = 200)
    private String title;

    @FullTextField(analyzer = Analyzers.ENGLISH)
    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "menu_order", nullable = false)
    private int menuOrder;

    @FullTextField(analyzer = Analyzers.ENGLISH)
    @Lob
    @Column(name = "body_markdown", nullable = false, length = Columns.LONG_TEXT)
    private String bodyMarkdown;

    @Lob
    @Column(name = "body_html", nullable = false, length = Columns.LONG_TEXT)
    private String bodyHtml;

    /** Checksum of the seed this page was last imported from; null for pages staff created. */
    @Column(name = "seed_checksum", length = 64)
    private String seedChecksum;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Set when staff edit the page; from then on the importer keeps its hands off. */
    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected ContentPage() {
        // for JPA
    }

    public ContentPage(String slug, Language language, PageText text, String seedChecksum, Instant now) {
        this.slug = requireText(slug, "slug");
        this.language = Objects.requireNonNull(language, "language");
        this.createdAt = Objects.requireNonNull(now, "now");
        apply(text, now);
        this.seedChecksum = seedChecksum;
    }

    /** Replaces the text with a newer seed, unless staff have edited the page. */
    public boolean refreshFromSeed(PageText text, String checksum, Instant now) {
        if (editedAt != null || Objects.equals(seedChecksum, checksum)) {
            return false;
        }
        apply(text, now);
        this.seedChecksum = checksum;
        return true;
    }

    /** A staff edit: the page is theirs from now on. */
    public void edit(PageText text, Instant now) {
        apply(text, now);
        this.editedAt = now;
    }

    private void apply(PageText text, Instant now) {
        Objects.requireNonNull(text, "text");
        this.title = requireText(text.title(), "title");
        this.summary = text.summary() == null ? "" : text.summary();
        this.menuOrder = text.menuOrder();
        this.bodyMarkdown = text.markdown();
        this.bodyHtml = text.html();
        this.updatedAt = now;
    }

    /** The version, for the start-up check (see {@link Fingerprint}); every change sets updatedAt, so it reindexes. */
    @GenericField(name = Fingerprint.FIELD, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
    public long getIndexedVersion() {
        return version;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Language getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getMenuOrder() {
        return menuOrder;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isEditedByStaff() {
        return editedAt != null;
    }
}
