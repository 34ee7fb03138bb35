package org.leadbureau.portal.sites.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.control.SiteSort;

/**
 * {@code GET /api/sites}: the public directory, filtered like the page. JSON by default; CSV in the import format
 * with {@code Accept: text/csv} or {@code format=csv}; GeoJSON of the sites with coordinates with
 * {@code format=geojson} or {@code Accept: application/geo+json}. Every match unless {@code page} or
 * {@code size} is given.
 */
@Path("sites")
public class SitesResource {

    static final String CSV = "text/csv";
    static final String GEO_JSON = "application/geo+json";
    private static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    Sites sites;

    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("status") String status,
                         @QueryParam("q") String q, @QueryParam("launchedFrom") String launchedFrom,
                         @QueryParam("launchedTo") String launchedTo, @QueryParam("format") String format,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        SiteFilter filter = SiteFilter.parse(state, status, q, launchedFrom, launchedTo);
        String type = type(format, headers);
        if (CSV.equals(type)) {
            return Response.ok(sites.csv(filter), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"lead-sites.csv\"").build();
        }
        if (GEO_JSON.equals(type)) {
            return Response.ok(SiteJson.geoJson(sites.all(filter)).toString(), GEO_JSON)
                    .header("Content-Disposition", "attachment; filename=\"lead-sites.geojson\"").build();
        }
        if (page == null && size == null && sort == null) {
            return Response.ok(SiteJson.list(sites.all(filter)).build().toString(), MediaType.APPLICATION_JSON).build();
        }
        Paging paging = Paging.parse(page, size, sort);
        var items = sites.find(filter, paging.sort(), paging.ascending(), paging.page() * paging.size(), paging.size());
        var body = Json.createObjectBuilder()
                .add("items", SiteJson.list(items))
                .add("total", sites.count(filter))
                .add("page", paging.page())
                .add("size", paging.size());
        return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{slug}")
    public Response one(@PathParam("slug") String slug) {
        var site = sites.find(slug).orElseThrow(NotFoundException::new);
        return Response.ok(SiteJson.detail(site).toString(), MediaType.APPLICATION_JSON).build();
    }

    /** {@code format} wins (links cannot set headers); otherwise the first type the Accept header names. */
    private static String type(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "geojson" -> GEO_JSON;
                case "json" -> MediaType.APPLICATION_JSON;
                default -> throw new InvalidInputException("Unknown format '" + format + "'.",
                        Map.of("format", "Use json, csv or geojson."));
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV)) && !accepted.isWildcardType()) {
                return CSV;
            }
            if (accepted.isCompatible(MediaType.valueOf(GEO_JSON)) && !accepted.isWildcardType()) {
                return GEO_JSON;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    /** page (from 0), size (1 to Sites.MAX_PAGE_SIZE) and sort ("name", "-launched"…). */
    private record Paging(int page, int size, SiteSort sort, boolean ascending) {

        static Paging parse(String page, String size, String sort) {
            Map<String, String> errors = new LinkedHashMap<>();
            int pageNumber = number(page, 0, 0, Integer.MAX_VALUE / Sites.MAX_PAGE_SIZE, "page", errors);
            int pageSize = number(size, DEFAULT_PAGE_SIZE, 1, Sites.MAX_PAGE_SIZE, "size", errors);
            String sortName = sort == null || sort.isBlank() ? "name" : sort.strip();
            boolean ascending = !sortName.startsWith("-");
            SiteSort siteSort = SiteSort.fromName(ascending ? sortName : sortName.substring(1));
            if (siteSort == null) {
                errors.put("sort", "Sort by name, jurisdiction, state, status or launched; a leading '-' reverses.");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException("Some paging parameters are not valid.", errors);
            }
            return new Paging(pageNumber, pageSize, siteSort, ascending);
        }

        private static int number(String text, int fallback, int min, int max, String field, Map<String, String> errors) {
            if (text == null || text.isBlank()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.put(field, "Give a whole number from " + min + " to " + max + ".");
            return fallback;
        }
    }
}
