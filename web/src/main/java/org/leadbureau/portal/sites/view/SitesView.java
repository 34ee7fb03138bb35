package org.leadbureau.portal.sites.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;
import org.omnifaces.cdi.Param;

/**
 * {@code /sites}: the directory, filtered by the URL's query ({@code state, status, q, launchedFrom,
 * launchedTo}, the API's names) so that every filtered view can be bookmarked; {@code view=map} shows the map,
 * {@code sort} ({@code state}, {@code -launched}: descending) and {@code page} order and page the table. Everything
 * is in the address, so the page keeps nothing between requests and opens no session.
 */
@Named
@RequestScoped
public class SitesView {

    static final int PAGE_SIZE = PageRequest.DEFAULT_SIZE;

    /** The table's columns, in order: each sorts by its own field. */
    static final List<String> COLUMNS = List.of("name", "jurisdiction", "state", "status", "launched");

    @Inject
    Sites sites;

    @Inject
    @Param(name = "state")
    String state;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    @Param(name = "q")
    String q;

    @Inject
    @Param(name = "launchedFrom")
    String launchedFrom;

    @Inject
    @Param(name = "launchedTo")
    String launchedTo;

    @Inject
    @Param(name = "view")
    String view;

    @Inject
    @Param(name = "sort")
    String sort;

    @Inject
    @Param(name = "page")
    String page;

    private SiteFilter filter = SiteFilter.ALL;
    private Map<String, String> errors = Map.of();
    private SiteSort sortedBy = SiteSort.NAME;
    private boolean ascending = true;
    private PageRequest pageShown = PageRequest.first(PAGE_SIZE);
    private List<Site> rows = List.of();
    private long siteCount;
    private int stateCount;
    private List<MapTile> tiles = List.of();

    /** Reads the address (a view action, so a post of the filter form reads nothing it will not show). */
    public void load() {
        try {
            filter = SiteFilter.parse(state, status, q, launchedFrom, launchedTo);
        } catch (InvalidInputException e) {
            // A mistyped bookmark still shows the directory, unfiltered, with the reasons next to the fields.
            errors = e.getFieldErrors(Texts.language());
        }
        Map<UsState, Long> byState = sites.countByState(filter);
        siteCount = byState.values().stream().mapToLong(Long::longValue).sum();
        stateCount = byState.size();
        String asked = sort == null ? "" : sort.strip();
        boolean descending = asked.startsWith("-");
        String column = descending ? asked.substring(1) : asked;
        if (COLUMNS.contains(column)) {
            sortedBy = SiteSort.fromName(column);
            ascending = !descending;
        }
        // A page past the end (a stale bookmark) shows the last one.
        pageShown = new PageRequest(Math.min(PageRequest.fromAddress(page, PAGE_SIZE).page(), Math.max(1, getPageCount())),
                PAGE_SIZE);
        if (isMap()) {
            Map<UsState, List<Site>> located = sites.all(filter).stream().filter(Site::isLocated)
                    .collect(Collectors.groupingBy(Site::getState));
            tiles = new ArrayList<>();
            for (UsState each : UsState.values()) {
                tiles.add(new MapTile(each, byState.getOrDefault(each, 0L),
                        "/sites?" + query(filter.withState(each), true), located.getOrDefault(each, List.of())));
            }
        } else {
            rows = sites.find(filter, sortedBy, ascending, pageShown);
        }
    }

    /** Applies the filter form by going to its URL, so the result is bookmarkable. */
    public void search() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("state", state);
        parameters.put("status", status);
        parameters.put("q", q);
        parameters.put("launchedFrom", launchedFrom);
        parameters.put("launchedTo", launchedTo);
        parameters.put("view", isMap() ? "map" : null);
        parameters.put("sort", sort);
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Pages.redirect("/sites" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String query(SiteFilter filter, boolean map) {
        String query = filter.toQuery();
        if (!map) {
            return query;
        }
        return query.isEmpty() ? "view=map" : query + "&view=map";
    }

    public boolean isMap() {
        return "map".equals(view);
    }

    /** "28 sites in 19 states", in the page's language. */
    public String getSummary() {
        return Texts.text("sites.summary", siteCount, stateCount);
    }

    public String getTableHref() {
        String query = query(filter, false);
        return "/sites" + (query.isEmpty() ? "" : "?" + query);
    }

    public String getMapHref() {
        return "/sites?" + query(filter, true);
    }

    /** The API URL of the shown sites in a format (csv, json, geojson), for download links. */
    public String downloadHref(String format) {
        String query = filter.toQuery();
        return "/api/sites?format=" + format + (query.isEmpty() ? "" : "&" + query);
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    /** The sites of the page shown, in the order asked for. */
    public List<Site> getRows() {
        return rows;
    }

    public int getPage() {
        return pageShown.page();
    }

    public int getPageCount() {
        return (int) Math.min(PageRequest.MAX_PAGE, (siteCount + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The address of another page of the table (the pager's links). */
    public String pageUrl(int number) {
        return tableUrl(sortParameter(), number);
    }

    /** The address that sorts the table by a column: ascending, or descending when it is sorted ascending now. */
    public String sortUrl(String column) {
        return tableUrl(isSortedBy(column) && ascending ? "-" + column : column, 1);
    }

    public boolean isSortedBy(String column) {
        return sortedBy.name().equalsIgnoreCase(column);
    }

    /** The column's {@code aria-sort}: ascending, descending or none. */
    public String ariaSort(String column) {
        return !isSortedBy(column) ? "none" : ascending ? "ascending" : "descending";
    }

    private String sortParameter() {
        if (sortedBy == SiteSort.NAME && ascending) {
            return null;
        }
        return (ascending ? "" : "-") + sortedBy.name().toLowerCase(Locale.ROOT);
    }

    private String tableUrl(String sortBy, int number) {
        StringBuilder query = new StringBuilder(filter.toQuery());
        if (sortBy != null) {
            query.append(query.length() == 0 ? "" : "&").append("sort=").append(sortBy);
        }
        if (number > 1) {
            query.append(query.length() == 0 ? "" : "&").append("page=").append(number);
        }
        return "/sites" + (query.length() == 0 ? "" : "?" + query);
    }

    /** The key of the map: only the shades it shows ("map-tile--2" → "2 sites"), lightest first. */
    public List<Map.Entry<String, String>> getLegend() {
        return tiles.stream().map(tile -> (int) Math.min(tile.getCount(), 3)).distinct().sorted()
                // A public class: EL cannot call the methods of Map.entry's hidden one.
                .map(shade -> (Map.Entry<String, String>) new AbstractMap.SimpleImmutableEntry<>("map-tile--" + shade,
                        Texts.text("sites.map.shade" + shade))).toList();
    }

    /** Whether the map shows any site as a dot (those with known coordinates). */
    public boolean isMarkers() {
        return tiles.stream().anyMatch(tile -> !tile.getMarkers().isEmpty());
    }

    public List<MapTile> getTiles() {
        return tiles;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getLaunchedFrom() {
        return launchedFrom;
    }

    public void setLaunchedFrom(String launchedFrom) {
        this.launchedFrom = launchedFrom;
    }

    public String getLaunchedTo() {
        return launchedTo;
    }

    public void setLaunchedTo(String launchedTo) {
        this.launchedTo = launchedTo;
    }
}
