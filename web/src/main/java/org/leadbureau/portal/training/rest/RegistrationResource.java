package org.leadbureau.portal.training.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.training.boundary.Registrations;
import org.leadbureau.portal.training.boundary.Trainings;
import org.leadbureau.portal.training.entity.RegistrationStatus;

/** A registrant's own registration, reached by the secret token from their messages. */
@Tag(name = "Trainings")
@Path("registrations/{token}")
public class RegistrationResource {

    @Inject
    Registrations registrations;

    @Inject
    Trainings trainings;

    /** → {status}: CANCELLED (also when it already was); a freed seat goes to the waitlist. */
    @Operation(summary = "Cancel a registration", description = "CANCELLED, also when it already was; a freed seat goes to the waitlist.")
    @POST
    @Path("cancel")
    @Produces(MediaType.APPLICATION_JSON)
    public Cancelled cancel(@PathParam("token") String token) {
        return new Cancelled(registrations.cancel(token));
    }

    public record Cancelled(RegistrationStatus status) {
    }

    /** The calendar invitation of a confirmed registration, with the join link. */
    @Operation(summary = "The calendar invitation of a confirmed registration, with the join link")
    @APIResponse(responseCode = "200", description = "An iCalendar file.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("calendar.ics")
    @Produces(TrainingResource.CALENDAR)
    public Response invitation(@PathParam("token") String token) {
        String ics = trainings.invitation(token)
                .orElseThrow(() -> new NotFoundException("There is no confirmed registration with this link."));
        return Response.ok(ics).header("Content-Disposition", "attachment; filename=\"training.ics\"").build();
    }
}
