package org.leadbureau.portal.library.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.library.boundary.ResourceNotFoundException;
import org.leadbureau.portal.library.control.FileRefusedException;
import org.leadbureau.portal.library.control.InvalidParametersException;
import org.leadbureau.portal.platform.rest.Problem;

/** The library's refusals as problem bodies. */
public final class LibraryExceptionMappers {

    private LibraryExceptionMappers() {
    }

    /** 400 naming each bad parameter. */
    @Provider
    public static class InvalidParameters implements ExceptionMapper<InvalidParametersException> {
        @Override
        public Response toResponse(InvalidParametersException exception) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "Some parameters cannot be used: " + String.join(" ", exception.getFieldErrors().values()),
                    exception.getFieldErrors());
        }
    }

    /** 413 for a file too large, 415 for one of the wrong kind, 422 for one that cannot be read safely. */
    @Provider
    public static class FileRefused implements ExceptionMapper<FileRefusedException> {
        @Override
        public Response toResponse(FileRefusedException exception) {
            Response.StatusType status = switch (exception.getReason()) {
                case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
                case UNSUPPORTED_TYPE, TYPE_MISMATCH -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
                default -> Problem.UNPROCESSABLE_CONTENT;
            };
            return Problem.response(status, exception.getMessage(), java.util.Map.of("file", exception.getReason().name()));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ResourceNotFoundException> {
        @Override
        public Response toResponse(ResourceNotFoundException exception) {
            return Problem.response(Response.Status.NOT_FOUND, exception.getMessage());
        }
    }
}
