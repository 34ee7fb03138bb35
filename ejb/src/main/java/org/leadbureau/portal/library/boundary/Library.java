package org.leadbureau.portal.library.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadbureau.portal.library.control.FileKind;
import org.leadbureau.portal.library.control.LibrarySearch;
import org.leadbureau.portal.library.control.ResourceFilter;
import org.leadbureau.portal.library.control.ResourceItem;
import org.leadbureau.portal.library.control.ResourceListing;
import org.leadbureau.portal.library.control.SearchCriteria;
import org.leadbureau.portal.library.control.SearchOutcome;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.platform.metrics.PortalMetrics;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.rules.MaxLength;
import org.leadbureau.portal.platform.text.SafeHtml;

/** The public side of the library: search, browse, one resource, its file. Drafts never leave here. */
@Stateless
public class Library {

    private static final Logger LOG = Logger.getLogger(Library.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    LibrarySearch librarySearch;

    @Inject
    Vocabularies vocabularies;

    @Inject
    ResourceListing listing;

    @Inject
    PortalMetrics metrics;

    @Inject
    ZeroResultSearches zeroResultSearches;

    /** Searches with raw parameters as the URL gives them; a bad one raises InvalidInputException. */
    public SearchOutcome search(String query, List<String> types, List<String> topics, List<String> audiences,
                                List<String> years, List<String> languages, String page, String size, String sort) {
        SearchCriteria criteria = SearchCriteria.parse(query, types, topics, audiences, years, languages, page, size, sort,
                vocabularies.topicSlugs(), vocabularies.audienceSlugs());
        long started = System.nanoTime();
        SearchOutcome outcome = librarySearch.search(criteria);
        metrics.searched(Duration.ofNanos(System.nanoTime() - started));
        if (outcome.getTotal() == 0 && criteria.hasQuery() && !criteria.hasFilters() && criteria.page() == 1) {
            countZeroResults(criteria.query());
        }
        return outcome;
    }

    /** The words alone found nothing (filters would only narrow): a gap in the library for the staff dashboard. */
    private void countZeroResults(String query) {
        try {
            zeroResultSearches.count(query);
        } catch (EJBException e) {
            // Counting is a by-product: the person still gets their answer.
            LOG.log(Level.WARNING, "A search that found nothing was not counted", e);
        }
    }

    public List<TitleSuggestion> titlesStartingWith(@MaxLength(200) String typed) {
        return librarySearch.titlesStartingWith(typed, 8).stream()
                .map(row -> new TitleSuggestion(row[0], row[1])).toList();
    }

    /** A published resource with its topics, audiences and file history loaded. */
    public Optional<LibraryResource> published(@NotNull String slug) {
        return find(slug).filter(LibraryResource::isPublished);
    }

    /**
     * A published resource for its page. A Markdown or HTML document also comes as formatted, sanitised HTML (its
     * page shows that instead of the bare extracted text); past {@link #FORMATTED_LIMIT} bytes the text is shown.
     */
    public Optional<ResourcePage> page(@NotNull String slug) {
        return published(slug).map(resource -> new ResourcePage(resource, formatted(resource)));
    }

    /** Formatting reads the whole file on each view: above this a document is shown as its extracted text. */
    static final long FORMATTED_LIMIT = 1_000_000;

    private static String formatted(LibraryResource resource) {
        if (resource.getFile() == null || resource.getFileContent() == null
                || resource.getFile().getSizeBytes() > FORMATTED_LIMIT) {
            return null;
        }
        return FileKind.byFileName(resource.getFile().getFileName())
                .filter(kind -> kind == FileKind.MARKDOWN || kind == FileKind.HTML)
                .map(kind -> {
                    String source = new String(resource.getFileContent().getContent(), StandardCharsets.UTF_8);
                    return kind == FileKind.MARKDOWN ? SafeHtml.documentFromMarkdown(source)
                            : SafeHtml.documentFromHtml(source);
                })
                .orElse(null);
    }

    public Optional<Download> download(@NotNull String slug) {
        return published(slug).filter(resource -> resource.getFileContent() != null).map(resource -> new Download(
                resource.getFile().getFileName(),
                FileKind.byFileName(resource.getFile().getFileName()).map(FileKind::mediaType)
                        .orElse(resource.getFile().getMediaType()),
                resource.getFileContent().getContent()));
    }

    /** Reads the parameters of a list of resources; a bad one raises InvalidInputException naming it. */
    public ResourceFilter filter(List<String> types, List<String> topics, List<String> audiences, List<String> years,
                                 String sort, String page, String size) {
        return ResourceFilter.parse(types, topics, audiences, years, sort, page, size, vocabularies.topicSlugs(),
                vocabularies.audienceSlugs());
    }

    /** A page of the published resources. */
    public Page<ResourceItem> list(@NotNull ResourceFilter filter) {
        return listing.find(filter, true);
    }

    Optional<LibraryResource> find(String slug) {
        return em.createNamedQuery(LibraryResource.FIND_BY_SLUG, LibraryResource.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(Library::load);
    }

    /** Loads what pages and the API show after the transaction. */
    static LibraryResource load(LibraryResource resource) {
        resource.getTopics().size();
        resource.getAudiences().size();
        resource.getFileHistory().size();
        return resource;
    }
}
