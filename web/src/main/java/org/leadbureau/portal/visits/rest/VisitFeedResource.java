package org.leadbureau.portal.visits.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.visits.boundary.TrainerFeeds;

/** A trainer's private calendar feed, for Outlook or Google Calendar to subscribe to; 404 once revoked. */
@Tag(name = "Site visits")
@Path("visits/feed")
public class VisitFeedResource {

    @Inject
    TrainerFeeds feeds;

    @Operation(summary = "A trainer's calendar feed, for a calendar program to subscribe to", description = "404 once the link is revoked.")
    @APIResponse(responseCode = "200", description = "An iCalendar feed.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("{token}.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response feed(@PathParam("token") String token) {
        String calendar = feeds.calendar(token).orElseThrow(() -> new NotFoundException("There is no such calendar feed."));
        return Response.ok(calendar).header("Cache-Control", "private, no-store").build();
    }
}
