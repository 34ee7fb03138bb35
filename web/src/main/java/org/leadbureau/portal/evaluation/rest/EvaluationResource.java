package org.leadbureau.portal.evaluation.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.evaluation.boundary.EvaluationForm;
import org.leadbureau.portal.evaluation.boundary.Evaluations;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/**
 * {@code POST /api/evaluations/{token}}: answers an evaluation with the token from its invitation. The body is read
 * as a plain JSON object so that a value of the wrong type is reported next to its field, like a missing one.
 */
@Tag(name = "Evaluations")
@Path("evaluations/{token}")
public class EvaluationResource {

    @Inject
    Evaluations evaluations;

    @Operation(summary = "Answer an evaluation",
            description = "overall and usefulness 1–5, recommend true or false; change, improve and name optional (name"
                    + " left out answers anonymously); answers to staff's own questions by question id: 1–5, true or"
                    + " false, or text. 201 once; a second answer is 409; an unknown or expired link is 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            properties = {
                    @SchemaProperty(name = "overall", type = SchemaType.INTEGER, minimum = "1", maximum = "5"),
                    @SchemaProperty(name = "usefulness", type = SchemaType.INTEGER, minimum = "1", maximum = "5"),
                    @SchemaProperty(name = "recommend", type = SchemaType.BOOLEAN),
                    @SchemaProperty(name = "change", type = SchemaType.STRING, maxLength = 2000),
                    @SchemaProperty(name = "improve", type = SchemaType.STRING, maxLength = 2000),
                    @SchemaProperty(name = "name", type = SchemaType.STRING, maxLength = 200),
                    @SchemaProperty(name = "answers", type = SchemaType.OBJECT,
                            description = "Question id → 1–5, true/false or text, as the question's kind says.")})))
    @APIResponse(responseCode = "201", description = "The answer is recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answered.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, JsonObject body) {
        evaluations.answer(token, form(body == null ? JsonValue.EMPTY_JSON_OBJECT : body));
        return Response.status(Response.Status.CREATED).entity(new Answered(true)).build();
    }

    public record Answered(boolean answered) {
    }

    private static EvaluationForm form(JsonObject body) {
        var form = new EvaluationForm();
        form.setOverall(whole(body.get("overall")));
        form.setUsefulness(whole(body.get("usefulness")));
        JsonValue recommend = body.get("recommend");
        form.setRecommend(recommend == JsonValue.TRUE ? Boolean.TRUE : recommend == JsonValue.FALSE ? Boolean.FALSE : null);
        form.setChange(text(body.get("change")));
        form.setImprove(text(body.get("improve")));
        form.setName(text(body.get("name")));
        JsonValue answers = body.get("answers");
        if (answers instanceof JsonObject given) {
            Map<Long, String> byQuestion = new LinkedHashMap<>();
            Map<String, String> unknown = new LinkedHashMap<>();
            given.forEach((key, value) -> {
                if (key.matches("[0-9]{1,18}")) {
                    byQuestion.put(Long.valueOf(key), text(value));
                } else {
                    unknown.put("answers." + key, "There is no question " + key + " on this evaluation.");
                }
            });
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown);
            }
            form.setAnswers(byQuestion);
        }
        return form;
    }

    /** A whole number as given; anything else is 0, which the boundary refuses with the field's own message. */
    private static Integer whole(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonNumber number && number.isIntegral() && number.bigIntegerValue().bitLength() < 31
                ? number.intValue() : 0;
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
