package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for unknown paths, 405, 415 and the like, as problem bodies instead of the server's HTML. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the requested format.";
            case 415 -> "This address does not accept that content type.";
            default -> exception.getMessage() == null ? status.getReasonPhrase() : exception.getMessage();
        };
        Response problem = Problem.response(status, detail);
        // Keep headers that tell the client what to do next (Allow, WWW-Authenticate, Retry-After).
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }
}
