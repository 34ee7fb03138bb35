package org.leadbureau.portal.sites.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.sites.boundary.SiteEditor;
import org.leadbureau.portal.sites.control.SiteImportReport;

/**
 * {@code POST /api/staff/sites/import} (body {@code text/csv}, at most 5 MB): imports the good rows, reports the
 * bad ones as {@code {created, updated, unchanged, rejected: [{line, name, reason}], rows: [{line, name, slug,
 * action}]}} (the import's own report record, written by JSON-B).
 * {@code POST /api/staff/sites/{slug}/publish}: a draft site (made from an inquiry) enters the public directory;
 * answers the site. Staff only: the boundary says who may.
 */
@Tag(name = "Sites")
@Path("staff/sites")
public class StaffSitesResource {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    SiteEditor editor;

    @Operation(summary = "Import sites from CSV (STAFF or ADMIN)",
            description = "Columns name,jurisdiction,state,status,launched,source_url,notes (UTF-8, at most 5 MB). Good rows"
                    + " are imported, bad ones reported with their line and reason.")
    @RequestBody(required = true, content = @Content(mediaType = SitesResource.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "What was created, updated, left unchanged and rejected.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteImportReport.class)))
    @POST
    @Path("import")
    @Consumes(SitesResource.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(InputStream body) throws IOException {
        byte[] csv = body.readNBytes(MAX_BYTES + 1);
        if (csv.length > MAX_BYTES) {
            throw new WebApplicationException("The file is larger than 5 MB. Split it and import the parts.",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return Response.ok(editor.importCsv(csv)).build();
    }

    @Operation(summary = "Publish a draft site into the directory (STAFF or ADMIN)")
    @APIResponse(responseCode = "200", description = "The site, now public.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
    @POST
    @Path("{slug}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("slug") String slug) {
        return Response.ok(SiteJson.detail(editor.publish(slug))).build();
    }
}
