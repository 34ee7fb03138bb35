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
@Path("staff/visits")
public class StaffVisitsResource {

    @Inject
    SiteVisits visits;

    @Inject
    TrainerFeeds feeds;

    /** Visits overlapping the days {@code from}–{@code to} (YYYY-MM-DD, UTC, both required, at most 13 months), by start. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<VisitJson> list(@QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("trainer") String trainer, @QueryParam("site") String site,
                       @QueryParam("status") String status) {
        var filter = VisitFilter.days(date("from", from), date("to", to), trainer, site, status(status));
        return visits.find(filter).stream().map(visit -> VisitJson.of(visit, false)).toList();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public VisitJson one(@PathParam("id") long id) {
        return VisitJson.of(visits.find(id), true);
    }

    /** 201 with the visit; 400 invalid; 409 naming the visit or period a trainer is taken by. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(VisitForm form) {
        SiteVisit visit = visits.create(form == null ? new VisitForm() : form);
        return Response.created(URI.create("/api/staff/visits/" + visit.getId()))
                .entity(VisitJson.of(visit, true)).build();
    }

    /** Changes (reschedules) a visit: the whole visit as for creating it, plus {@code reason} when it is confirmed. */
    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public VisitJson update(@PathParam("id") long id, VisitForm form) {
        return VisitJson.of(visits.update(id, form == null ? new VisitForm() : form), true);
    }

    /** {@code {status, reason, summary, recommendations, followUps}}. */
    @POST
    @Path("{id:[0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public VisitJson status(@PathParam("id") long id, StatusForm form) {
        return VisitJson.of(visits.changeStatus(id, form == null ? new StatusForm() : form), true);
    }

    /** A new secret feed link for the signed-in user ({@code {url}}); the previous one stops working. */
    @POST
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedLink newFeed() {
        return new FeedLink(feeds.newFeedUrl());
    }

    /** The address a calendar program subscribes to. */
    public record FeedLink(String url) {
    }

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
