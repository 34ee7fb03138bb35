package org.leadbureau.portal.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;

/** A rate limit was reached: 429 with Retry-After (seconds), as the sign-in throttle answers. */
@Provider
public class TooManyRequestsExceptionMapper implements ExceptionMapper<TooManyRequestsException> {

    @Override
    public Response toResponse(TooManyRequestsException exception) {
        long seconds = Math.max(1, Duration.between(Clock.systemUTC().instant(), exception.getRetryAt()).toSeconds());
        Response problem = Problem.response(Response.Status.TOO_MANY_REQUESTS, exception.getMessage());
        problem.getHeaders().add("Retry-After", String.valueOf(seconds));
        return problem;
    }
}
