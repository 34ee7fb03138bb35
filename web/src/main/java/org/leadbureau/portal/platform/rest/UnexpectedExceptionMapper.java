package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unforeseen: logged with a reference the caller can quote, answered without internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error in the API, reference " + reference, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again later; if it persists, quote reference "
                        + reference + ".");
    }
}
