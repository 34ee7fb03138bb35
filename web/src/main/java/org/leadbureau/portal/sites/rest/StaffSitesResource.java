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
import org.leadbureau.portal.sites.boundary.SiteEditor;

/**
 * {@code POST /api/staff/sites/import} (body {@code text/csv}, at most 5 MB): imports the good rows, reports the
 * bad ones as {@code {created, updated, unchanged, rejected: [{line, name, reason}], rows: [{line, name, slug,
 * action}]}} (the import's own report record, written by JSON-B).
 * {@code POST /api/staff/sites/{slug}/publish}: a draft site (made from an inquiry) enters the public directory;
 * answers the site. Staff only: the boundary says who may.
 */
@Path("staff/sites")
public class StaffSitesResource {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    SiteEditor editor;

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

    @POST
    @Path("{slug}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("slug") String slug) {
        return Response.ok(SiteJson.detail(editor.publish(slug))).build();
    }
}
