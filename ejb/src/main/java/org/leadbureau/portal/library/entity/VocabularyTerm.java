package org.leadbureau.portal.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.i18n.Language;

/**
 * A term of a vocabulary kept as data (topics, audiences): identified by its slug, shown by its label (English,
 * as curators write it) or, to readers of another language, by its name in {@code library/vocabulary_<tag>.properties}
 * ({@code topic.<slug>}, {@code audience.<slug>}) where one is written there.
 */
@MappedSuperclass
public abstract class VocabularyTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String NAMES = "library.vocabulary";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String label;

    protected VocabularyTerm() {
        // for JPA
    }

    protected VocabularyTerm(String slug, String label) {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 80) {
            throw new IllegalArgumentException("A slug is lower-case words joined by hyphens: '" + slug + "'");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("The term '" + slug + "' needs a label");
        }
        this.slug = slug;
        this.label = label.strip();
    }

    public static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    public void relabel(String newLabel) {
        if (newLabel != null && !newLabel.isBlank()) {
            this.label = newLabel.strip();
        }
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getLabel() {
        return label;
    }

    /** The term's parameter name in addresses and its prefix in the bundle: "topic", "audience". */
    protected abstract String kind();

    /** The label for a reader of {@code language}: its translation, else the label curators gave it. */
    public String labelIn(Language language) {
        return labelIn(kind(), slug, label, language);
    }

    /** The language {@link #labelIn} answers in, for {@code lang} on the page: the reader's, or English. */
    public Language labelLanguage(Language language) {
        return translated(kind(), slug, language) ? language : Language.DEFAULT;
    }

    /** The label of the term {@code kind.slug} (say, from a facet) for a reader of {@code language}. */
    public static String labelIn(String kind, String slug, String label, Language language) {
        return translated(kind, slug, language) ? BundleTexts.bundle(NAMES, language).getString(kind + "." + slug) : label;
    }

    private static boolean translated(String kind, String slug, Language language) {
        return language != Language.DEFAULT && BundleTexts.bundle(NAMES, language).containsKey(kind + "." + slug);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && slug.equals(((VocabularyTerm) other).slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), slug);
    }
}
