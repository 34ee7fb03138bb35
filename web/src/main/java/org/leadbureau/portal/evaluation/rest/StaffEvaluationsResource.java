package org.leadbureau.portal.evaluation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.evaluation.boundary.EvaluationMailJob;
import org.leadbureau.portal.evaluation.boundary.EvaluationResults;
import org.leadbureau.portal.evaluation.boundary.EvaluationSetup;
import org.leadbureau.portal.evaluation.control.EvaluationSummary;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;
import org.leadbureau.portal.evaluation.entity.QuestionKind;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.visits.entity.VisitParticipant;

/**
 * The evaluations of one training ({@code ?training=<slug>}, STAFF or ADMIN) or visit ({@code ?visit=<id>}, every
 * staff role): the figures as JSON or the answers as an audited CSV, and staff's own questions.
 */
@Tag(name = "Evaluations")
@Path("staff/evaluations")
public class StaffEvaluationsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    EvaluationResults results;

    @Inject
    EvaluationSetup setup;

    @Inject
    EvaluationMailJob mailJob;

    @Operation(summary = "The evaluations of a training or visit (training: STAFF or ADMIN; visit: any staff role)",
            description = "Give training=<slug> or visit=<id>. JSON: invited, responses, responseRate (0–1), overall and"
                    + " usefulness ({average, counts: {\"1\"…\"5\"}}), recommend {yes, no}, staff's own questions with"
                    + " their tallies, and the newest 100 text answers. With Accept: text/csv or format=csv, every answer"
                    + " as CSV (an audited export).")
    @APIResponse(responseCode = "200", description = "The figures, or the CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationSummary.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response summary(@QueryParam("training") String training, @QueryParam("visit") String visit,
                            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = "csv".equals(format) || (accept != null && accept.contains("text/csv"));
        if (training != null && !training.isBlank() && visit == null) {
            return csv ? csv(results.exportTraining(training.strip()), training.strip())
                    : Response.ok(results.forTraining(training.strip()), MediaType.APPLICATION_JSON).build();
        }
        long visitId = visitId(training, visit);
        return csv ? csv(results.exportVisit(visitId), "visit-" + visitId)
                : Response.ok(results.forVisit(visitId), MediaType.APPLICATION_JSON).build();
    }

    @Operation(summary = "Add a question of your own to an evaluation (as for reading it)",
            description = "Give training=<slug> or visit=<id>; body {kind: RATING|YES_NO|TEXT, label}. At most 5 per"
                    + " training or visit; they appear on the evaluation form.")
    @APIResponse(responseCode = "201", description = "The question.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionJson.class)))
    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addQuestion(@QueryParam("training") String training, @QueryParam("visit") String visit,
                                QuestionJson question) {
        QuestionKind kind = question == null ? null : question.kind();
        String label = question == null ? null : question.label();
        EvaluationQuestion added = training != null && !training.isBlank() && visit == null
                ? setup.addTrainingQuestion(training.strip(), kind, label)
                : setup.addVisitQuestion(visitId(training, visit), kind, label);
        return Response.created(URI.create("staff/evaluations/questions/" + added.getId()))
                .entity(new QuestionJson(added.getId(), added.getKind(), added.getLabel())).build();
    }

    @Operation(summary = "Add a participant to a site visit (TRAINER on the visit, STAFF or ADMIN)",
            description = "Give visit=<id>; body {name, email}. When the visit is completed, its site contact and every"
                    + " participant are invited to evaluate it; someone added later is invited at once.")
    @APIResponse(responseCode = "201", description = "The participant.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantJson.class)))
    @POST
    @Path("participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addParticipant(@QueryParam("visit") String visit, ParticipantJson participant) {
        long visitId = visitId(null, visit);
        VisitParticipant added = setup.addParticipant(visitId, participant == null ? null : participant.name(),
                participant == null ? null : participant.email());
        return Response.created(URI.create("staff/visits/" + visitId))
                .entity(new ParticipantJson(added.getId(), added.getName(), added.getEmail())).build();
    }

    /** Someone who took part in a visit; {@code id} is left out when adding one. */
    public record ParticipantJson(Long id, String name, String email) {
    }

    @Operation(summary = "Send due evaluation invitations and reminders now (ADMIN)",
            description = "Instead of at the next run (every five minutes); answers how many of each were queued.")
    @APIResponse(responseCode = "200", description = "How many were queued.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationMailJob.Sent.class)))
    @POST
    @Path("mail")
    @Produces(MediaType.APPLICATION_JSON)
    public EvaluationMailJob.Sent sendNow() {
        return mailJob.sendNow();
    }

    /** A question of staff's own; {@code id} is left out when adding one. */
    public record QuestionJson(Long id, QuestionKind kind, String label) {
    }

    private static Response csv(String body, String name) {
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "-evaluations.csv\"").build();
    }

    private static long visitId(String training, String visit) {
        if ((training != null && !training.isBlank()) || visit == null || !visit.strip().matches("[0-9]{1,18}")) {
            throw new InvalidInputException(visit == null ? "training" : "visit",
                    "Give either training=<slug> or visit=<id> (a number).");
        }
        return Long.parseLong(visit.strip());
    }
}
