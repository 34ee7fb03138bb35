package org.leadbureau.portal.library.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.library.control.Extraction;
import org.leadbureau.portal.library.control.FileIntake;
import org.leadbureau.portal.library.control.Languages;
import org.leadbureau.portal.library.control.ResourceFilter;
import org.leadbureau.portal.library.control.ResourceItem;
import org.leadbureau.portal.library.control.ResourceListing;
import org.leadbureau.portal.library.entity.FileContent;
import org.leadbureau.portal.library.entity.FileFacts;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceDetails;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.platform.text.Slugs;

/**
 * Staff curation of the library: upload, describe, replace the file (the old one's facts kept as history),
 * publish, unpublish, delete. A refused file raises FileRefusedException and nothing is stored.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class LibraryCuration {

    @PersistenceContext
    EntityManager em;

    @Inject
    FileIntake intake;

    @Inject
    Vocabularies vocabularies;

    @Inject
    ResourceListing listing;

    @Inject
    Languages languages;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    @Inject
    AuditLog auditLog;

    /** A page of the resources, drafts included. */
    public Page<ResourceItem> list(@NotNull ResourceFilter filter) {
        return listing.find(filter, false);
    }

    /** The rows of one page of the resources, drafts included, for a table that counts separately. */
    public List<ResourceItem> rows(@NotNull ResourceFilter filter) {
        return listing.rows(filter, false);
    }

    public long count(@NotNull ResourceFilter filter) {
        return listing.count(filter, false);
    }

    public LibraryResource find(@NotNull String slug) {
        return em.createNamedQuery(LibraryResource.FIND_BY_SLUG, LibraryResource.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(Library::load)
                .orElseThrow(() -> new NotFoundException("There is no resource '" + slug + "'."));
    }

    /**
     * Creates a resource from an uploaded file (or, with no file, an external link) and answers its slug. Without a
     * language from the uploader, the file's text tells it (English when it cannot).
     */
    public String create(@NotNull ResourceForm form, String fileName, byte[] content) {
        boolean hasFile = content != null && content.length > 0;
        // Refused with the other fields, so that the form shows everything to correct at once.
        ResourceDetails details = details(form, hasFile || (form.externalUrl() != null && !form.externalUrl().isBlank())
                ? Map.of() : Map.of("file", "Upload a file or give an external link."));
        Extraction extraction = hasFile ? intake.extract(fileName, content) : null;
        details = languageOf(details, form, extraction == null ? null : extraction.text());
        var resource = new LibraryResource(uniqueSlug(details.title()), details, clock.instant());
        if (extraction != null) {
            attach(resource, fileName, content, extraction);
        }
        em.persist(resource);
        auditLog.record(Action.RESOURCE_CREATED, "resource " + resource.getSlug(), details.title());
        return resource.getSlug();
    }

    /**
     * Replaces the metadata (staff correct a detected language here); from now on the seed importer leaves this
     * resource alone. Without a language, the stored text tells it again.
     */
    public LibraryResource update(@NotNull String slug, @NotNull ResourceForm form) {
        LibraryResource resource = find(slug);
        ResourceDetails details = languageOf(details(form), form, resource.getExtractedText());
        resource.describe(details, clock.instant());
        resource.markSeed(null);
        auditLog.record(Action.RESOURCE_CHANGED, "resource " + slug, null);
        return resource;
    }

    public LibraryResource replaceFile(@NotNull String slug, @NotNull String fileName, @NotNull byte[] content) {
        LibraryResource resource = find(slug);
        Extraction extraction = intake.extract(fileName, content);
        FileContent previous = resource.getFileContent();
        attach(resource, fileName, content, extraction);
        if (previous != null) {
            em.remove(previous);
        }
        resource.markSeed(null);
        auditLog.record(Action.RESOURCE_FILE_REPLACED, "resource " + slug, fileName);
        return resource;
    }

    public LibraryResource setPublished(@NotNull String slug, boolean published) {
        LibraryResource resource = find(slug);
        resource.publish(published, clock.instant());
        resource.markSeed(null);
        auditLog.record(published ? Action.RESOURCE_PUBLISHED : Action.RESOURCE_UNPUBLISHED, "resource " + slug, null);
        return resource;
    }

    public void delete(@NotNull String slug) {
        LibraryResource resource = find(slug);
        FileContent content = resource.getFileContent();
        em.remove(resource);
        if (content != null) {
            em.remove(content);
        }
        auditLog.record(Action.RESOURCE_DELETED, "resource " + slug, resource.getTitle());
    }

    private void attach(LibraryResource resource, String fileName, byte[] content, Extraction extraction) {
        var stored = new FileContent(content);
        em.persist(stored);
        resource.attach(new FileFacts(fileName, extraction.mediaType(), extraction.sizeBytes(), extraction.sha256()),
                stored, extraction.text(), clock.instant());
    }

    /** The details in the language the form gives, or else the one {@code text} is in, when that can be told. */
    private ResourceDetails languageOf(ResourceDetails details, ResourceForm form, String text) {
        if (form.language() != null && !form.language().isBlank()) {
            return details;
        }
        return languages.detect(text).map(details::inLanguage).orElse(details);
    }

    private ResourceDetails details(ResourceForm form) {
        return details(form, Map.of());
    }

    /** The details of the form, or a refusal naming each field that is wrong, {@code alsoRefused} among them. */
    private ResourceDetails details(ResourceForm form, Map<String, String> alsoRefused) {
        Map<String, String> errors = new LinkedHashMap<>(alsoRefused);
        ResourceType type = parse(() -> ResourceType.valueOf(upper(form.type())), "type",
                "Choose a type: " + List.of(ResourceType.values()) + ".", errors);
        ResourceStatus status = form.status() == null || form.status().isBlank() ? ResourceStatus.DRAFT
                : parse(() -> ResourceStatus.valueOf(upper(form.status())), "status", "The status is DRAFT or PUBLISHED.", errors);
        LocalDate published = parse(() -> LocalDate.parse(form.published().strip()), "published",
                "The publication date is written YYYY-MM-DD.", errors);
        var topics = parse(() -> Vocabularies.resolve(split(form.topics()), vocabularies.allTopics(), "topics"),
                "topics", null, errors);
        var audiences = parse(() -> Vocabularies.resolve(split(form.audiences()), vocabularies.allAudiences(),
                "audiences"), "audiences", null, errors);
        if (topics != null && topics.isEmpty()) {
            errors.put("topics", "Choose at least one topic.");
        }
        require(form.title(), "title", 200, errors);
        if (!errors.containsKey("title") && !SingleLine.Validator.isSingleLine(form.title().strip())) {
            errors.put("title", SingleLine.MESSAGE);
        }
        require(form.summary(), "summary", 1000, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        try {
            return new ResourceDetails(form.title(), form.summary(), type, Set.copyOf(topics), Set.copyOf(audiences),
                    published, form.language(), status, form.externalUrl());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("externalUrl", e.getMessage()));
        }
    }

    private static void require(String value, String field, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "The " + field + " is required.");
        } else if (TextLength.exceeds(value.strip(), max)) {
            errors.put(field, "The " + field + " is longer than " + max + " characters.");
        }
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(Parser<T> parser, String field, String message, Map<String, String> errors) {
        try {
            return parser.parse();
        } catch (InvalidInputException e) {
            errors.putAll(e.getFieldErrors());
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            errors.put(field, message);
        }
        return null;
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** Repeated parts and comma-separated values alike. */
    static List<String> split(List<String> values) {
        return values.stream().flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    private String uniqueSlug(String title) {
        jobLocks.lock(JobLocks.NEW_SLUG);
        String base = Slugs.of(title, 100);
        Set<String> taken = new HashSet<>(em.createQuery(
                        "select r.slug from LibraryResource r where r.slug like :prefix", String.class)
                .setParameter("prefix", base + "%").getResultList());
        return Slugs.unique(base, taken::contains);
    }
}
