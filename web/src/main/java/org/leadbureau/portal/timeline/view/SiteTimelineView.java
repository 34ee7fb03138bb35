package org.leadbureau.portal.timeline.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.timeline.boundary.SiteTimeline;
import org.leadbureau.portal.timeline.boundary.TimelineEntry;
import org.leadbureau.portal.timeline.boundary.TimelineKind;
import org.omnifaces.cdi.Param;

/**
 * On {@code /staff/sites/<slug>}: the site's timeline, a page at a time, filtered by kind with {@code ?kind=}
 * (so a filtered timeline can be bookmarked), and the link to its CSV.
 */
@Named
@RequestScoped
public class SiteTimelineView {

    static final int PAGE_SIZE = 25;

    @Inject
    SiteTimeline timeline;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(name = "kind")
    String kindParam;

    @Inject
    @Param(name = "page")
    String pageParam;

    private Page<TimelineEntry> entries;

    public Page<TimelineEntry> getEntries() {
        if (entries == null) {
            entries = timeline.page(slug, getKind(), PageRequest.fromAddress(pageParam, PAGE_SIZE));
        }
        return entries;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getEntries().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The chosen kind, or null for every kind (also for an unknown one). */
    public TimelineKind getKind() {
        return TimelineKind.fromCode(kindParam);
    }

    public List<TimelineKind> getKinds() {
        return List.of(TimelineKind.values());
    }

    /** The timeline of one kind ({@code null}: all), from its first page. */
    public String kindUrl(TimelineKind kind) {
        return "/staff/sites/" + slug + (kind == null ? "" : "?kind=" + kind.name()) + "#timeline-title";
    }

    public String pageUrl(int number) {
        TimelineKind kind = getKind();
        return "/staff/sites/" + slug + "?page=" + number + (kind == null ? "" : "&kind=" + kind.name())
                + "#timeline-title";
    }

    /** A plain link to the CSV of what the filter shows (the export is audited by the API). */
    public String getExportLink() {
        TimelineKind kind = getKind();
        return "/api/staff/sites/" + slug + "/timeline?format=csv" + (kind == null ? "" : "&kind=" + kind.name());
    }
}
