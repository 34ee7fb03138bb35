package org.leadbureau.portal.training.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
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
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.training.boundary.RegistrationForm;
import org.leadbureau.portal.training.boundary.RegistrationOutcome;
import org.leadbureau.portal.training.boundary.Registrations;
import org.leadbureau.portal.training.boundary.Trainings;
import org.leadbureau.portal.training.entity.RegistrationStatus;

/** The public trainings API: upcoming trainings, one training, its calendar, and registering. */
@Path("trainings")
public class TrainingResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    Trainings trainings;

    @Inject
    Registrations registrations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<TrainingJson> upcoming() {
        return trainings.upcoming().stream().map(TrainingJson::of).toList();
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingJson training(@PathParam("slug") String slug) {
        return trainings.find(slug).map(TrainingJson::of).orElseThrow(() -> new NotFoundException("There is no training '" + slug + "'."));
    }

    /** 201 {status, position, manageToken}; 400 invalid, 404 unknown, 409 already registered, 422 closed. */
    @POST
    @Path("{slug}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("slug") String slug, RegistrationForm form, @Context UriInfo uri) {
        RegistrationOutcome outcome = registrations.register(slug, form == null ? new RegistrationForm() : form);
        // The registrant's own page (outside /api), where they see and cancel the registration.
        return Response.created(uri.getBaseUriBuilder().replacePath("/registrations/{token}").build(outcome.manageToken()))
                .entity(new Registered(outcome.status(), outcome.position(), outcome.manageToken()))
                .build();
    }

    /** {@code position} is the place on the waitlist, null (and written as null) when a seat was confirmed. */
    @JsonbNillable
    public record Registered(RegistrationStatus status, Integer position, String manageToken) {
    }

    @GET
    @Path("{slug}/calendar.ics")
    @Produces(CALENDAR)
    public Response calendar(@PathParam("slug") String slug) {
        return Response.ok(trainings.calendar(slug))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
                .build();
    }
}
