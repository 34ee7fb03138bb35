package org.leadbureau.portal.training.rest;

import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingForm;
import org.leadbureau.portal.training.control.RosterFilter;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingFormat;
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
        return Response.created(URI.create("trainings/" + training.getSlug())).entity(StaffTrainingJson.of(training)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StaffTrainingJson update(@PathParam("slug") String slug, TrainingForm form) {
        return StaffTrainingJson.of(admin.update(slug, form == null ? new TrainingForm() : form));
    }

    /**
     * The roster as JSON, or CSV (an audited export) with {@code Accept: text/csv} or {@code ?format=csv};
     * {@code ?status=} and {@code ?q=} (name, email or organisation) filter, as on the staff roster page.
     */
    @GET
    @Path("{slug}/registrations")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response roster(@PathParam("slug") String slug, @QueryParam("status") RegistrationStatus status,
                           @QueryParam("q") String text, @QueryParam("format") String format,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        RosterFilter filter = RosterFilter.of(status, text);
        if ("csv".equals(format) || (accept != null && accept.contains("text/csv"))) {
            return Response.ok(admin.exportRoster(slug, filter), CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + slug + "-roster.csv\"")
                    .build();
        }
        List<RosterEntry> rows = admin.roster(slug, filter).stream().map(RosterEntry::of).toList();
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }

    /**
     * A training as staff see it: {@code registrationOpens}/{@code registrationCloses} are the window as it applies
     * (by default from publication until the start), left out for a draft.
     */
    public record StaffTrainingJson(String slug, String title, TrainingStatus status, TrainingFormat format,
                                    Instant start, Instant end, String zone, int capacity, int sequence,
                                    Instant registrationOpens, Instant registrationCloses) {

        static StaffTrainingJson of(Training training) {
            boolean draft = training.getStatus() == TrainingStatus.DRAFT;
            return new StaffTrainingJson(training.getSlug(), training.getTitle(), training.getStatus(),
                    training.getFormat(), training.getStartsAt(), training.getEndsAt(), training.getZone().getId(),
                    training.getCapacity(), training.getSequence(), draft ? null : training.getRegistrationOpensAt(),
                    draft ? null : training.getRegistrationClosesAt());
        }
    }

    /** A row of the roster; {@code waitlistNumber} only for someone on the waitlist. */
    public record RosterEntry(long id, String name, String email, String organisation, String role,
                              String jurisdiction, String answers, RegistrationStatus status, Instant registeredAt,
                              Long waitlistNumber) {

        static RosterEntry of(Registration registration) {
            return new RosterEntry(registration.getId(), registration.getName(), registration.getEmail(),
                    registration.getOrganisation(), registration.getRole(), registration.getJurisdiction(),
                    registration.getAnswers(), registration.getStatus(), registration.getCreatedAt(),
                    registration.getWaitlistNumber());
        }
    }
}
