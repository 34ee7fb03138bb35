package org.leadbureau.portal.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.leadbureau.portal.platform.health.HealthCheck;
import org.leadbureau.portal.platform.health.HealthReport;

/** {@code GET /api/health}: 200 when the database and the search index answer, 503 naming what does not. */
@Path("health")
public class HealthResource {

    @Inject
    HealthCheck healthCheck;

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
