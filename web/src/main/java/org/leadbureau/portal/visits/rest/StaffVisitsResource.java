package org.leadbureau.portal.visits.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.visits.boundary.SiteVisits;
import org.leadbureau.portal.visits.boundary.StatusForm;
import org.leadbureau.portal.visits.boundary.TrainerFeeds;
import org.leadbureau.portal.visits.boundary.VisitForm;
import org.leadbureau.portal.visits.control.VisitFilter;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * Site visits for scripts (TRAINER, STAFF or ADMIN, enforced by the boundary): list, book, change, move along the
 * statuses; and the signed-in user's calendar feed link.
 */
@Tag(name = "Site visits")
@Path("staff/visits")
public class StaffVisitsResource {

    @Inject
    SiteVisits visits;

    @Inject
    TrainerFeeds feeds;

    /** Visits overlapping the days {@code from}–{@code to} (YYYY-MM-DD, UTC, both required, at most 13 months), by start. */
    @Operation(summary = "Site visits overlapping some days", description = "from and to are required (at most 13 months apart), by start.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<VisitJson> list(@QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("trainer") String trainer, @QueryParam("site") String site,
                       @QueryParam("status") String status) {
        var filter = VisitFilter.days(date("from", from), date("to", to), trainer, site, status(status));
        return visits.find(filter).stream().map(visit -> VisitJson.of(visit, false)).toList();
    }

    @Operation(summary = "One site visit, with its history")
    @GET
    @Path("{id:[0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public VisitJson one(@PathParam("id") long id) {
        return VisitJson.of(visits.find(id), true);
    }

    /** 201 with the visit; 400 invalid; 409 naming the visit or period a trainer is taken by. */
    @Operation(summary = "Book a site visit", description = "It starts REQUESTED. 409 names the visit or period a trainer is taken by.")
    @APIResponse(responseCode = "201", description = "The visit.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(VisitForm form) {
        SiteVisit visit = visits.create(form == null ? new VisitForm() : form);
        return Response.created(URI.create("/api/staff/visits/" + visit.getId()))
                .entity(VisitJson.of(visit, true)).build();
    }

    /** Changes (reschedules) a visit: the whole visit as for creating it, plus {@code reason} when it is confirmed. */
    @Operation(summary = "Change (reschedule) a site visit", description = "The whole visit as for booking it, plus reason when it is confirmed.")
    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public VisitJson update(@PathParam("id") long id, VisitForm form) {
        return VisitJson.of(visits.update(id, form == null ? new VisitForm() : form), true);
    }

    /** {@code {status, reason, summary, recommendations, followUps}}. */
    @Operation(summary = "Move a site visit along its statuses", description = "Cancelling needs a reason, completing a report (summary).")
    @POST
    @Path("{id:[0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public VisitJson status(@PathParam("id") long id, StatusForm form) {
        return VisitJson.of(visits.changeStatus(id, form == null ? new StatusForm() : form), true);
    }

    /** A new secret feed link for the signed-in user ({@code {url}}); the previous one stops working. */
    @Operation(summary = "A new secret calendar feed link for the signed-in user", description = "The previous link stops working.")
    @POST
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedLink newFeed() {
        return new FeedLink(feeds.newFeedUrl());
    }

    /** The address a calendar program subscribes to. */
    public record FeedLink(String url) {
    }

    @Operation(summary = "Stop the signed-in user's calendar feed")
    @APIResponse(responseCode = "204", description = "The feed link no longer works.")
    @DELETE
    @Path("feed")
    public Response revokeFeed() {
        feeds.revokeFeed();
        return Response.noContent().build();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Give '" + field + "' as a date like 2027-03-15.");
        }
    }

    private static VisitStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return VisitStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "The status is one of REQUESTED, PROPOSED, CONFIRMED, COMPLETED, CANCELLED.");
        }
    }
}
