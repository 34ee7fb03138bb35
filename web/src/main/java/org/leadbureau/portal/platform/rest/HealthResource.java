package org.leadbureau.portal.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.health.HealthCheck;
import org.leadbureau.portal.platform.health.HealthReport;

/** {@code GET /api/health}: 200 when the database and the search index answer, 503 naming what does not. */
@Tag(name = "Health")
@Path("health")
public class HealthResource {

    @Inject
    HealthCheck healthCheck;

    @Operation(summary = "Whether the database and the search index answer")
    @APIResponse(responseCode = "200", description = "Both answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthJson.class)))
    @APIResponse(responseCode = "503", description = "A part does not answer: it is marked DOWN with its error.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthJson.class)))
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = healthCheck.check();
        var noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noStore)
                .entity(HealthJson.of(report))
                .build();
    }
}
