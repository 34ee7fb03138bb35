package org.leadbureau.portal.timeline.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rest.PageJson;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.timeline.boundary.SiteTimeline;
import org.leadbureau.portal.timeline.boundary.TimelineEntry;
import org.leadbureau.portal.timeline.boundary.TimelineKind;

/**
 * {@code GET /api/staff/sites/{slug}/timeline}: a site's record, newest first, as JSON a page at a time or whole as
 * CSV (an audited export, times in the staff member's zone); {@code ?kind=} keeps one kind. Staff only: the boundary
 * says who may.
 */
@Tag(name = "Sites")
@Path("staff/sites/{slug}/timeline")
public class SiteTimelineResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    SiteTimeline timeline;

    @Inject
    Accounts accounts;

    @Operation(summary = "A site's timeline (STAFF or ADMIN)",
            description = "Inquiries linked to the site, its site visits (with their report's opening) and the trainings"
                    + " its people registered for, and the evaluations answered for them, newest first. kind=INQUIRY,"
                    + " VISIT, TRAINING or EVALUATION keeps one kind. JSON"
                    + " one page at a time, or the whole timeline as CSV (an audited export) with Accept: text/csv or"
                    + " format=csv.")
    @APIResponse(responseCode = "200", description = "A page of entries, or the CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "total", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "page", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "size", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = TimelineEntry.class)})),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response timeline(@PathParam("slug") String slug, @QueryParam("kind") String kindCode,
                             @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @QueryParam("page") String page, @QueryParam("size") String size) {
        TimelineKind kind = TimelineKind.fromCode(kindCode);
        if (kind == null && kindCode != null && !kindCode.isBlank()) {
            throw new InvalidInputException("kind", "The kind is INQUIRY, VISIT, TRAINING or EVALUATION, or none for"
                    + " every kind.");
        }
        if ("csv".equals(format) || (accept != null && accept.contains("text/csv"))) {
            return Response.ok(timeline.export(slug, kind, accounts.myTimeZone()), CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + slug + "-timeline.csv\"")
                    .build();
        }
        return Response.ok(PageJson.of(timeline.page(slug, kind, PageRequest.parse(page, size)), entry -> entry),
                MediaType.APPLICATION_JSON).build();
    }
}
