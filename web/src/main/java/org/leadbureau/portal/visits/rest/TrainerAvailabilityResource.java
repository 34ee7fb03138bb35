package org.leadbureau.portal.visits.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.time.Zones;
import org.leadbureau.portal.visits.boundary.TrainerAvailability;
import org.leadbureau.portal.visits.boundary.UnavailabilityForm;
import org.leadbureau.portal.visits.control.DateWindow;
import org.leadbureau.portal.visits.entity.TrainerUnavailability;
import org.leadbureau.portal.visits.entity.VisitFormat;

/**
 * The search for free dates: {@code ?trainers=a@x,b@y&days=3&from=2027-03-01&to=2027-04-30} (trainers repeated or
 * comma-separated), optionally {@code zone} (whose days count; UTC by default) and {@code format} (ON_SITE, the
 * default, applies travel buffers; VIRTUAL does not). Answers the earliest ten windows {@code [{first, last}]}.
 */
@Tag(name = "Site visits")
@Path("staff/trainers")
public class TrainerAvailabilityResource {

    @Inject
    TrainerAvailability availability;

    @Operation(summary = "The earliest ten windows in which all the trainers are free", description = "format ON_SITE (the default) applies travel buffers; VIRTUAL does not.")
    @GET
    @Path("availability")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DateWindow> availability(@QueryParam("trainers") List<String> trainers, @QueryParam("days") Integer days,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("zone") String zone, @QueryParam("format") String format) {
        List<String> emails = trainers.stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
        LocalDate first = StaffVisitsResource.date("from", from);
        LocalDate last = StaffVisitsResource.date("to", to);
        if (days == null || first == null || last == null) {
            throw new InvalidInputException(Map.of("days", "Give days, from and to, e.g. days=3&from=2027-03-01&to=2027-04-30."));
        }
        return availability.freeWindows(emails, days, first, last, zone(zone), format(format));
    }

    /** Records a period a trainer is unavailable ({@code {trainer, start, end, zone, reason}}): 201 {@code {id}}. */
    @Operation(summary = "Record a period a trainer is unavailable")
    @APIResponse(responseCode = "201", description = "The period's id, for removing it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @POST
    @Path("unavailability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addUnavailability(UnavailabilityForm form) {
        TrainerUnavailability period = availability.addUnavailability(form == null ? new UnavailabilityForm() : form);
        return Response.status(Response.Status.CREATED).entity(new Created(period.getId())).build();
    }

    /** The id of the period recorded, for removing it. */
    public record Created(long id) {
    }

    @Operation(summary = "Remove a period of unavailability")
    @APIResponse(responseCode = "204", description = "Removed.")
    @DELETE
    @Path("unavailability/{id:[0-9]+}")
    public Response removeUnavailability(@PathParam("id") long id) {
        availability.removeUnavailability(id);
        return Response.noContent().build();
    }

    private static ZoneId zone(String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.of("UTC");
        }
        ZoneId zone = Zones.parse(value);
        if (zone == null) {
            throw new InvalidInputException("zone", "The time zone is not known; use a name like America/Chicago.");
        }
        return zone;
    }

    private static VisitFormat format(String value) {
        try {
            return value == null || value.isBlank() ? VisitFormat.ON_SITE : VisitFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "The format is ON_SITE or VIRTUAL.");
        }
    }
}
