package org.leadbureau.portal.training.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.leadbureau.portal.platform.rest.PageJson;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingForm;
import org.leadbureau.portal.training.control.RosterFilter;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingStatus;

/** Staff run trainings (STAFF or ADMIN, enforced by the boundary): create, change, and read the roster. */
@Path("staff/trainings")
public class StaffTrainingResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    TrainingAdmin admin;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(TrainingForm form) {
        Training training = admin.create(form == null ? new TrainingForm() : form);
        // Relative to the API's base: /api/trainings/<slug>.
        return Response.created(URI.create("trainings/" + training.getSlug())).entity(json(training).toString()).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String update(@PathParam("slug") String slug, TrainingForm form) {
        return json(admin.update(slug, form == null ? new TrainingForm() : form)).toString();
    }

    /**
     * The roster as JSON a page at a time ({@code ?page=} from 1, {@code ?size=} up to 100), or whole as CSV (an
     * audited export of at most {@link TrainingAdmin#EXPORT_CAP} rows) with {@code Accept: text/csv} or
     * {@code ?format=csv}; {@code ?status=} and {@code ?q=} (name, email or organisation) filter, as on the staff
     * roster page.
     */
    @GET
    @Path("{slug}/registrations")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response roster(@PathParam("slug") String slug, @QueryParam("status") RegistrationStatus status,
                           @QueryParam("q") String text, @QueryParam("format") String format,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        RosterFilter filter = RosterFilter.of(status, text);
        if ("csv".equals(format) || (accept != null && accept.contains("text/csv"))) {
            return Response.ok(admin.exportRoster(slug, filter), CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + slug + "-roster.csv\"")
                    .build();
        }
        JsonObject rows = PageJson.of(admin.roster(slug, filter, PageRequest.parse(page, size)),
                row -> Json.createObjectBuilder(json(row.getRegistration())));
        return Response.ok(rows.toString(), MediaType.APPLICATION_JSON).build();
    }

    static JsonObject json(Training training) {
        var json = Json.createObjectBuilder()
                .add("slug", training.getSlug())
                .add("title", training.getTitle())
                .add("status", training.getStatus().name())
                .add("format", training.getFormat().name())
                .add("start", training.getStartsAt().toString())
                .add("end", training.getEndsAt().toString())
                .add("zone", training.getZone().getId())
                .add("capacity", training.getCapacity())
                .add("sequence", training.getSequence());
        // The registration window as it applies: by default from publication until the start (none for a draft).
        if (training.getStatus() != TrainingStatus.DRAFT) {
            json.add("registrationOpens", training.getRegistrationOpensAt().toString())
                    .add("registrationCloses", training.getRegistrationClosesAt().toString());
        }
        return json.build();
    }

    static JsonObject json(Registration registration) {
        var row = Json.createObjectBuilder()
                .add("id", registration.getId())
                .add("name", registration.getName())
                .add("email", registration.getEmail())
                .add("organisation", registration.getOrganisation())
                .add("role", registration.getRole())
                .add("jurisdiction", registration.getJurisdiction())
                .add("answers", registration.getAnswers())
                .add("status", registration.getStatus().name())
                .add("registeredAt", registration.getCreatedAt().toString());
        if (registration.getWaitlistNumber() != null) {
            row.add("waitlistNumber", registration.getWaitlistNumber());
        }
        return row.build();
    }
}
