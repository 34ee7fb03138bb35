package org.leadbureau.portal.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.BundleTexts;

/**
 * RFC 9457 problem details: the one shape of every error the API answers, {@code {type, title, status, detail}} and,
 * for refused fields, {@code errors: [{field, message}]} (left out when there are none).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** Written here rather than by the JAX-RS provider: the authentication mechanism answers before JAX-RS runs. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** 422, which {@link Response.Status} does not list: a well-formed request the rules or the content refuse. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** One refused field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    /** A problem with a human-readable detail; {@code fieldErrors} (field → message) may be empty. */
    public static Response response(Response.StatusType status, String detail, Map<String, String> fieldErrors) {
        return response(Language.DEFAULT, status, detail, fieldErrors);
    }

    /**
     * A problem whose title is in {@code language} (the detail and field messages are the caller's, in it too): the
     * public API answers in the language of the request.
     */
    public static Response response(Language language, Response.StatusType status, String detail,
                                    Map<String, String> fieldErrors) {
        BundleTexts texts = BundleTexts.of(BundleTexts.ERRORS, language);
        String title = "problem.title." + status.getStatusCode();
        return Response.status(status).type(PROBLEM_JSON)
                .entity(body(status.getStatusCode(), texts.has(title) ? texts.get(title) : status.getReasonPhrase(),
                        detail, fieldErrors))
                .build();
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, Map.of());
    }

    /** The JSON body, also for responses written outside JAX-RS (the authentication mechanism runs before it). */
    public static String body(int status, String title, String detail, Map<String, String> fieldErrors) {
        List<FieldError> errors = fieldErrors.entrySet().stream()
                .map(error -> new FieldError(error.getKey(), error.getValue()))
                .toList();
        return JSONB.toJson(new Problem("about:blank", title, status, detail, errors.isEmpty() ? null : errors));
    }
}
