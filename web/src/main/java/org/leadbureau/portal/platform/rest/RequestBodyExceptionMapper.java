package org.leadbureau.portal.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that cannot be read as the JSON an address expects (malformed, or a value such as an unknown role
 * that fits no field): the client's mistake, so 400, without the parser's internals.
 */
public final class RequestBodyExceptionMapper {

    private static final String DETAIL = "The request body is not valid JSON of the expected shape: check the field"
            + " names, types and allowed values.";

    private RequestBodyExceptionMapper() {
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, DETAIL);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException exception) {
            return Problem.response(Response.Status.BAD_REQUEST, DETAIL);
        }
    }
}
