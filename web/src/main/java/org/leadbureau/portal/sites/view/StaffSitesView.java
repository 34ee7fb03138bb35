package org.leadbureau.portal.sites.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.leadbureau.portal.platform.view.PagedTableModel;
import org.leadbureau.portal.platform.view.Refusals;
import org.leadbureau.portal.sites.boundary.SiteEditor;
import org.leadbureau.portal.sites.control.SiteImportReport;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.entity.Site;
import org.omnifaces.util.Messages;

/**
 * {@code /staff/sites}: every site, retired ones too, and the CSV import: upload, see what it would create,
 * update and reject, then apply it (or not).
 */
@Named
@ViewScoped
public class StaffSitesView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The same limit as the import API's. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    SiteEditor editor;

    /** A page at a time from the database, sorted there by the column chosen (by name until then). */
    private final PagedTableModel<Site> sites = new PagedTableModel<>(() -> editor.count(),
            (page, sort, ascending) -> editor.rows(page, sortOf(sort), ascending), Site::getSlug);
    private transient Part file;
    private byte[] pending;
    private String pendingName;
    private SiteImportReport preview;
    private SiteImportReport applied;

    public void preview() throws IOException {
        applied = null;
        preview = null;
        pending = null;
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError("Choose a CSV file to import.");
        } else if (file.getSize() > MAX_BYTES) {
            Messages.addGlobalError("The file is larger than 5 MB. Split it and import the parts.");
        } else {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            if (Refusals.attempt(() -> preview = editor.previewImport(content))) {
                pending = content;
                pendingName = file.getSubmittedFileName();
            }
        }
    }

    public void apply() {
        if (pending == null) {
            Messages.addGlobalError("Choose a CSV file and preview it first.");
            return;
        }
        applied = editor.importCsv(pending);
        cancel();
    }

    public void cancel() {
        pending = null;
        pendingName = null;
        preview = null;
    }

    public PagedTableModel<Site> getSites() {
        return sites;
    }

    /** The order of a sorted column, by the field its sortBy names. */
    private static SiteSort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "state.code" -> SiteSort.STATE;
            case "status.label" -> SiteSort.STATUS;
            case "lastVerified" -> SiteSort.VERIFIED;
            default -> SiteSort.NAME;
        };
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPendingName() {
        return pendingName;
    }

    public SiteImportReport getPreview() {
        return preview;
    }

    public SiteImportReport getApplied() {
        return applied;
    }
}
