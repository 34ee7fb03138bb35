package org.leadbureau.portal.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem details: the one shape of every error the API answers. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

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

    private Problem() {
    }

    /** A problem with a human-readable detail; {@code fieldErrors} (field → message) may be empty. */
    public static Response response(Response.StatusType status, String detail, Map<String, String> fieldErrors) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(body(status.getStatusCode(), status.getReasonPhrase(), detail, fieldErrors))
                .build();
    }

    /** The JSON body, also for responses written outside JAX-RS (the authentication mechanism runs before it). */
    public static String body(int status, String title, String detail, Map<String, String> fieldErrors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (!fieldErrors.isEmpty()) {
            var errors = Json.createArrayBuilder();
            fieldErrors.forEach((field, message) -> errors.add(
                    Json.createObjectBuilder().add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        return body.build().toString();
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, Map.of());
    }
}
