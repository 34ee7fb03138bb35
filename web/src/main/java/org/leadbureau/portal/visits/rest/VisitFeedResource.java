package org.leadbureau.portal.visits.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.visits.boundary.TrainerFeeds;

/** A trainer's private calendar feed, for Outlook or Google Calendar to subscribe to; 404 once revoked. */
@Path("visits/feed")
public class VisitFeedResource {

    @Inject
    TrainerFeeds feeds;

    @GET
    @Path("{token}.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response feed(@PathParam("token") String token) {
        String calendar = feeds.calendar(token).orElseThrow(() -> new NotFoundException("There is no such calendar feed."));
        return Response.ok(calendar).header("Cache-Control", "private, no-store").build();
    }
}
