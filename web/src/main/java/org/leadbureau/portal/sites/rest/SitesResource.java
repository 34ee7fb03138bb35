package org.leadbureau.portal.sites.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rest.PageJson;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteCsv;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.control.SiteRow;
import org.leadbureau.portal.sites.control.SiteSort;

/**
 * {@code GET /api/sites}: the public directory, filtered like the page. With {@code page} or {@code size}, one page
 * {@code {total, page, size, items}}; without, every match (at most {@link Sites#EXPORT_CAP}) streamed as JSON, as
 * CSV in the import format ({@code Accept: text/csv} or {@code format=csv}), or as GeoJSON of the sites with
 * coordinates ({@code format=geojson} or {@code Accept: application/geo+json}).
 */
@Tag(name = "Sites")
@Path("sites")
public class SitesResource {

    static final String CSV = "text/csv";
    static final String GEO_JSON = "application/geo+json";

    /** Streamed exports write each site themselves, as the JAX-RS provider writes a page. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Sites sites;

    @Operation(summary = "Sites of the directory, filtered like the directory page",
            description = "Without page or size: every match (JSON array, CSV in the import format, or GeoJSON of the sites"
                    + " with coordinates). With page or size: one page of sites as JSON, {total, page, size, items}.")
    @APIResponse(responseCode = "200", description = "The sites.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SiteJson.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = GEO_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "A GeoJSON FeatureCollection."))})
    @GET
    public Response list(@QueryParam("state") String state, @QueryParam("status") String status,
                         @QueryParam("q") String q, @QueryParam("launchedFrom") String launchedFrom,
                         @QueryParam("launchedTo") String launchedTo, @QueryParam("format") String format,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        SiteFilter filter = SiteFilter.parse(state, status, q, launchedFrom, launchedTo);
        String sortName = sort == null || sort.isBlank() ? "name" : sort.strip();
        boolean ascending = !sortName.startsWith("-");
        SiteSort order = SiteSort.fromName(ascending ? sortName : sortName.substring(1));
        if (order == null) {
            throw new InvalidInputException(Wording.of("sites.sort.unknown", sort), Map.of("sort",
                    Wording.of("sites.sort.choices")));
        }
        String type = type(format, headers);
        if (page != null || size != null) {
            if (!MediaType.APPLICATION_JSON.equals(type)) {
                throw new InvalidInputException(Wording.of("sites.format.paged"),
                        Map.of("format", Wording.of("sites.format.whole")));
            }
            return Response.ok(PageJson.of(sites.page(filter, order, ascending, PageRequest.parse(page, size)), SiteJson::of),
                    MediaType.APPLICATION_JSON).build();
        }
        sites.checkExportable(filter);
        if (CSV.equals(type)) {
            return Response.ok(export(out -> {
                        SiteCsv.Writer csv = SiteCsv.writer(out);
                        sites.export(filter, order, ascending, site -> csv.write(new SiteRow(0, site.getSlug(), site.facts())));
                        csv.flush();
                    }), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"lead-sites.csv\"").build();
        }
        if (GEO_JSON.equals(type)) {
            return Response.ok(export(out -> {
                        out.write("{\"type\":\"FeatureCollection\",\"features\":");
                        array(out, write -> sites.export(filter, order, ascending,
                                site -> SiteFeature.of(site).ifPresent(feature -> write.accept(SiteFeature.JSONB.toJson(feature)))));
                        out.write("}");
                    }), GEO_JSON)
                    .header("Content-Disposition", "attachment; filename=\"lead-sites.geojson\"").build();
        }
        return Response.ok(export(out -> array(out, write -> sites.export(filter, order, ascending,
                site -> write.accept(JSONB.toJson(SiteJson.of(site)))))), MediaType.APPLICATION_JSON).build();
    }

    @Operation(summary = "One site, with its status history")
    @APIResponse(responseCode = "200", description = "The site.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
    @GET
    @Path("{slug}")
    public Response one(@PathParam("slug") String slug) {
        return Response.ok(SiteJson.detail(sites.find(slug).orElseThrow(NotFoundException::new)),
                MediaType.APPLICATION_JSON).build();
    }

    /** What an export writes, as UTF-8 text. */
    private interface Export {
        void write(Writer out) throws IOException;
    }

    private static StreamingOutput export(Export export) {
        return output -> {
            Writer out = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            export.write(out);
            out.flush();
        };
    }

    /** A JSON array of what {@code items} hands its writer, each item already written as JSON. */
    private static void array(Writer out, Consumer<Consumer<String>> items) throws IOException {
        out.write('[');
        boolean[] first = {true};
        items.accept(item -> {
            try {
                out.write(first[0] ? item : "," + item);
                first[0] = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.write(']');
    }

    /** {@code format} wins (links cannot set headers); otherwise the first type the Accept header names. */
    private static String type(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "geojson" -> GEO_JSON;
                case "json" -> MediaType.APPLICATION_JSON;
                default -> throw new InvalidInputException(Wording.of("sites.format.unknown", format),
                        Map.of("format", Wording.of("sites.format.choices")));
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
}
