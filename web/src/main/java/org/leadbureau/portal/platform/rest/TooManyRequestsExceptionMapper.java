package org.leadbureau.portal.platform.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.LanguageFilter;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;

/** A rate limit was reached: 429 with Retry-After (seconds), as the sign-in throttle answers. */
@Provider
public class TooManyRequestsExceptionMapper implements ExceptionMapper<TooManyRequestsException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(TooManyRequestsException exception) {
        long seconds = Math.max(1, Duration.between(Clock.systemUTC().instant(), exception.getRetryAt()).toSeconds());
        Language language = LanguageFilter.of(request);
        Response problem = Problem.response(language, Response.Status.TOO_MANY_REQUESTS, exception.getMessage(language), Map.of());
        problem.getHeaders().add("Retry-After", String.valueOf(seconds));
        return problem;
    }
}
