package org.leadbureau.portal.timeline.boundary;

import static org.leadbureau.portal.platform.csv.FormulaCells.neutralise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.sites.boundary.SiteEditor;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.timeline.control.TimelineQueries;

/**
 * One record per jurisdiction: everything the Bureau did with a site's community, newest first (its inquiries,
 * its site visits with their reports, the trainings its people registered for, the evaluations answered for them),
 * filterable by kind, a page at a time or as an audited CSV export.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class SiteTimeline {

    /** The most entries one export holds; a site's whole history stays far below it. */
    public static final int EXPORT_CAP = 5_000;
    static final String[] HEADER = {"when", "kind", "title", "detail", "link"};

    @Inject
    SiteEditor sites;

    @Inject
    TimelineQueries queries;

    @Inject
    AuditLog auditLog;

    /** {@code kind} null: every kind. */
    public Page<TimelineEntry> page(@NotBlank String slug, TimelineKind kind, @NotNull PageRequest page) {
        Site site = site(slug);
        return new Page<>(queries.find(site, kind, page.offset(), page.size()), queries.count(site, kind), page);
    }

    /**
     * The timeline as CSV (a header row; times in {@code zone}, named), recorded in the audit log: it names the
     * people who wrote to the Bureau.
     */
    public String export(@NotBlank String slug, TimelineKind kind, @NotNull ZoneId zone) {
        Site site = site(slug);
        if (queries.count(site, kind) > EXPORT_CAP) {
            throw new RefusedException("More than " + EXPORT_CAP + " entries match: choose one kind, or read the"
                    + " timeline a page at a time.");
        }
        List<TimelineEntry> entries = queries.find(site, kind, 0, EXPORT_CAP);
        auditLog.record(Action.DATA_EXPORTED, "site " + slug, "Timeline CSV, "
                + (kind == null ? "every kind" : kind.getLabel().toLowerCase()) + ": " + entries.size()
                + (entries.size() == 1 ? " entry" : " entries"));
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (TimelineEntry entry : entries) {
                printer.printRecord(EventTimes.shortDateTime(entry.at(), zone), entry.kind().name(),
                        neutralise(entry.title()), neutralise(entry.detail()), entry.link());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Site site(String slug) {
        return sites.find(slug).orElseThrow(() -> new NotFoundException("There is no site '" + slug + "'."));
    }
}
