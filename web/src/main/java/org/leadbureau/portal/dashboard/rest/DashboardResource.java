package org.leadbureau.portal.dashboard.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.dashboard.boundary.Dashboard;
import org.leadbureau.portal.dashboard.boundary.DashboardTables;
import org.leadbureau.portal.dashboard.control.ReportingPeriod;
import org.leadbureau.portal.platform.rules.NotFoundException;

/**
 * The staff dashboard's figures for scripts (every staff role; a trainer gets their own visits only), and each of
 * its tables as CSV for the page's download links.
 */
@Tag(name = "Dashboard")
@Path("staff/dashboard")
public class DashboardResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    Dashboard dashboard;

    @Operation(summary = "The dashboard's figures for a period",
            description = "from and to are days (YYYY-MM-DD, both included; by default the last twelve months), at most"
                    + " five years apart; months and quarters are the Bureau's (PORTAL_BUREAU_ZONE). A trainer gets"
                    + " visitsByMonth only, counting the visits they are booked for.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DashboardJson figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        return DashboardJson.of(dashboard.figures(dashboard.period(from, to)));
    }

    /** One table of the page as CSV: inquiries, trainings, visits, sites, new-sites or searches. */
    @Operation(summary = "One of the dashboard's tables as CSV",
            description = "figure is inquiries, trainings, visits, sites, new-sites or searches (a trainer has visits"
                    + " only); from and to as for the figures.")
    @APIResponse(responseCode = "200", description = "The table as CSV, with a header row.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("{figure}.csv")
    @Produces(CSV)
    public Response csv(@PathParam("figure") String figure, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        ReportingPeriod period = dashboard.period(from, to);
        var table = DashboardTables.find(dashboard.figures(period), figure)
                .orElseThrow(() -> new NotFoundException("The dashboard has no table \"" + figure + "\"."));
        return Response.ok(table.csv(), CSV).header("Content-Disposition", "attachment; filename=\"dashboard-"
                + figure + "-" + period.from() + "-to-" + period.to() + ".csv\"").build();
    }
}
