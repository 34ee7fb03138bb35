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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rest.PageJson;
import org.leadbureau.portal.training.boundary.TrainingAdmin;
import org.leadbureau.portal.training.boundary.TrainingForm;
import org.leadbureau.portal.training.boundary.TrainingReminders;
import org.leadbureau.portal.training.control.RosterFilter;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingFormat;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * Staff run trainings (STAFF or ADMIN, enforced by the boundary): create, change, and read the roster; ADMIN can send
 * the due reminders at once.
 */
@Tag(name = "Trainings")
@Path("staff/trainings")
public class StaffTrainingResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    TrainingAdmin admin;

    @Inject
    TrainingReminders reminders;

    @Operation(summary = "Create a training (STAFF or ADMIN)", description = "A DRAFT unless status says otherwise.")
    @APIResponse(responseCode = "201", description = "The training.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffTrainingJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(TrainingForm form) {
        Training training = admin.create(form == null ? new TrainingForm() : form);
        // Relative to the API's base: /api/trainings/<slug>.
        return Response.created(URI.create("trainings/" + training.getSlug())).entity(StaffTrainingJson.of(training)).build();
    }

    @Operation(summary = "Change a training (STAFF or ADMIN)", description = "The whole training, as for creating it.")
    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public StaffTrainingJson update(@PathParam("slug") String slug, TrainingForm form) {
        return StaffTrainingJson.of(admin.update(slug, form == null ? new TrainingForm() : form));
    }

    @Operation(summary = "Send the due training reminders now (ADMIN)",
            description = "Instead of at the next run (every quarter hour): each confirmed registrant of a training in the"
                    + " next 24 hours is reminded once; answers how many were queued.")
    @APIResponse(responseCode = "200", description = "How many were queued.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingReminders.Sent.class)))
    @POST
    @Path("reminders")
    @Produces(MediaType.APPLICATION_JSON)
    public TrainingReminders.Sent remindNow() {
        return reminders.remindNow();
    }

    /**
     * The roster as JSON a page at a time ({@code ?page=} from 1, {@code ?size=} up to 100), or whole as CSV (an
     * audited export of at most {@link TrainingAdmin#EXPORT_CAP} rows) with {@code Accept: text/csv} or
     * {@code ?format=csv}; {@code ?status=} and {@code ?q=} (name, email or organisation) filter, as on the staff
     * roster page.
     */
    @Operation(summary = "A training's roster (STAFF or ADMIN)",
            description = "JSON one page at a time, or the whole roster as CSV (an audited export) with Accept: text/csv or"
                    + " format=csv; status and q (name, email or organisation) filter as on the roster page.")
    @APIResponse(responseCode = "200", description = "A page of registrations, or the CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "total", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "page", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "size", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "items", type = SchemaType.ARRAY, implementation = RosterEntry.class)})),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
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
        PageJson<RosterEntry> rows = PageJson.of(admin.roster(slug, filter, PageRequest.parse(page, size)),
                row -> RosterEntry.of(row.getRegistration()));
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

    /**
     * A row of the roster; {@code site} is the slug of the registrant's site in the directory, when they chose one;
     * {@code waitlistNumber} only for someone on the waitlist.
     */
    public record RosterEntry(long id, String name, String email, String organisation, String role,
                              String jurisdiction, String site, String answers, RegistrationStatus status,
                              Instant registeredAt, Long waitlistNumber) {

        static RosterEntry of(Registration registration) {
            return new RosterEntry(registration.getId(), registration.getName(), registration.getEmail(),
                    registration.getOrganisation(), registration.getRole(), registration.getJurisdiction(),
                    registration.getSite() == null ? null : registration.getSite().getSlug(), registration.getAnswers(),
                    registration.getStatus(), registration.getCreatedAt(), registration.getWaitlistNumber());
        }
    }
}
