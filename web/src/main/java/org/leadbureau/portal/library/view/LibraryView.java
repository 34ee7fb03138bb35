package org.leadbureau.portal.library.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.leadbureau.portal.library.control.Languages;
import org.leadbureau.portal.library.boundary.Download;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.view.Pages;
import org.omnifaces.cdi.Param;

/**
 * {@code /library} browses the published resources (newest first, narrowed by facets); {@code /library/<slug>}
 * shows one; {@code /library/<slug>/file} downloads its file as an attachment.
 */
@Named
@RequestScoped
public class LibraryView extends ResultsView {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String action;

    @Inject
    @Param(pathIndex = 2)
    String extraSegment;

    private transient LibraryResource resource;
    /** Sanitised HTML of a Markdown or HTML document, or null to show the extracted text. */
    private transient String formattedText;

    public void load() {
        if (slug == null) {
            search("/library", "date");
            return;
        }
        if (extraSegment != null || (action != null && !"file".equals(action))) {
            Pages.notFound();
            return;
        }
        if ("file".equals(action)) {
            library.download(slug).ifPresentOrElse(this::send, Pages::notFound);
            return;
        }
        library.page(slug).ifPresentOrElse(page -> {
            resource = page.resource();
            formattedText = page.formattedText();
        }, Pages::notFound);
    }

    private void send(Download download) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(download.mediaType());
        external.setResponseContentLength(download.content().length);
        // The file is the uploader's: never rendered inline (ResponseHardeningFilter keeps nosniff and adds a sandbox).
        external.setResponseHeader("Content-Disposition", "attachment; filename=\""
                + download.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try {
            external.getResponseOutputStream().write(download.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public LibraryResource getResource() {
        return resource;
    }

    /** "Latvian" (or "Letón"), not "lv". */
    public String getLanguageName() {
        return Languages.name(resource.getLanguage(), Texts.locale());
    }

    public String getFormattedText() {
        return formattedText;
    }

    /** The file's size for people: "48 KB", "1.2 MB". */
    public String getFileSize() {
        long bytes = resource.getFile().getSizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB"
                : String.format(Texts.locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
