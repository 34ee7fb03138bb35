package org.leadbureau.portal.library.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.leadbureau.portal.library.control.FileRefusedException;
import org.leadbureau.portal.platform.rest.Problem;

/** The library's own refusal, of an uploaded file, as a problem body with the status that fits the reason. */
public final class LibraryExceptionMappers {

    private LibraryExceptionMappers() {
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
}
