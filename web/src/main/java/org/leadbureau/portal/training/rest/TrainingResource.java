package org.leadbureau.portal.training.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.training.boundary.RegistrationForm;
import org.leadbureau.portal.training.boundary.RegistrationOutcome;
import org.leadbureau.portal.training.boundary.Registrations;
import org.leadbureau.portal.training.boundary.Trainings;
import org.leadbureau.portal.training.entity.RegistrationStatus;

/** The public trainings API: upcoming trainings, one training, its calendar, and registering. */
@Tag(name = "Trainings")
@Path("trainings")
public class TrainingResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    Trainings trainings;

    @Inject
    Registrations registrations;

    @Operation(summary = "Upcoming published trainings, with seats left")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TrainingJson> upcoming() {
        return trainings.upcoming().stream().map(TrainingJson::of).toList();
    }

    @Operation(summary = "One training")
    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingJson training(@PathParam("slug") String slug) {
        return trainings.find(slug).map(TrainingJson::of).orElseThrow(() -> new NotFoundException(Wording.of("training.notFound", slug)));
    }

    /** 201 {status, position, manageToken}; 400 invalid, 404 unknown, 409 already registered, 422 closed. */
    @Operation(summary = "Register for a training",
            description = "A seat when one is free, otherwise a place on the waitlist. One live registration per email and"
                    + " training (409); 422 when registration is closed; 429 above the per-address limit. The answer's"
                    + " manageToken opens the registrant's own page, /registrations/{token}, also sent by mail.")
    @APIResponse(responseCode = "201", description = "Registered: CONFIRMED with a seat, or WAITLISTED at position.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Registered.class)))
    @POST
    @Path("{slug}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("slug") String slug, RegistrationForm form, @Context UriInfo uri,
                             @Context HttpServletRequest request) {
        // The registrant's mails speak the language the request asked for (Accept-Language, ?lang=, the cookie).
        RegistrationOutcome outcome = registrations.register(slug, form == null ? new RegistrationForm() : form,
                LanguageFilter.of(request));
        // The registrant's own page (outside /api), where they see and cancel the registration.
        return Response.created(uri.getBaseUriBuilder().replacePath("/registrations/{token}").build(outcome.manageToken()))
                .entity(new Registered(outcome.status(), outcome.position(), outcome.manageToken()))
                .build();
    }

    /** {@code position} is the place on the waitlist, null (and written as null) when a seat was confirmed. */
    @JsonbNillable
    public record Registered(RegistrationStatus status, @Schema(nullable = true) Integer position, String manageToken) {
    }

    @Operation(summary = "The training as an iCalendar event")
    @APIResponse(responseCode = "200", description = "An iCalendar file.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("{slug}/calendar.ics")
    @Produces(CALENDAR)
    public Response calendar(@PathParam("slug") String slug) {
        return Response.ok(trainings.calendar(slug))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
                .build();
    }
}
