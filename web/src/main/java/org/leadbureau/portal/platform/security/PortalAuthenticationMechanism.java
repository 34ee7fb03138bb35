package org.leadbureau.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.account.boundary.SignIn;
import org.leadbureau.portal.account.boundary.SignInResult;
import org.leadbureau.portal.account.boundary.StaffIdentity;
import org.leadbureau.portal.account.control.SessionLifetime;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
import org.leadbureau.portal.platform.request.RequestOrigin;
import org.leadbureau.portal.platform.rest.Problem;
import org.leadbureau.portal.platform.security.ClientConnection.Source;

/**
 * The portal's one authentication mechanism (Jakarta Security allows one per application). It serves the
 * sign-in page (through SecurityContext.authenticate), sessions after sign-in, and HTTP Basic on /api,
 * all through the same {@link SignIn} boundary and so the same throttling.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in user's email; the identity is re-read on every request. */
    public static final String SESSION_CALLER = "org.leadbureau.portal.caller";
    /**
     * Session attribute holding when the session's credentials were last proven (an {@link Instant}): a password
     * set after that (a reset, a change elsewhere) ends the session.
     */
    public static final String SESSION_CREDENTIALS_AT = "org.leadbureau.portal.credentialsAt";
    /** Session attribute holding when the user signed in (an {@link Instant}): the session ends a fixed time after. */
    public static final String SESSION_SIGNED_IN_AT = "org.leadbureau.portal.signedInAt";
    /** Request attribute the sign-in page sets to the authenticator or recovery code typed, if any. */
    public static final String SIGN_IN_CODE = "org.leadbureau.portal.signInCode";
    /** Request attribute with the {@link SignInResult} of a sign-in attempt, for the sign-in page to explain. */
    public static final String SIGN_IN_RESULT = "org.leadbureau.portal.signInResult";

    /** Methods that change nothing; every other method on /api must come from the portal's own pages. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SignIn signIn;

    @Inject
    ClientConnection connection;

    @Inject
    RequestOrigin origin;

    private final SessionLifetime lifetime = SessionLifetime.of(PortalConfig.value(Setting.SESSION_MAX));

    /** Called for every request, public ones too. */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String clientAddress = connection.clientAddress(request);
        origin.setClientAddress(clientAddress);
        connection.addTransportHeaders(request, response);
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signInFromPage(request, context, credential, clientAddress);
        }
        boolean api = path(request).startsWith("/api/");
        // A browser sends the session cookie, and cached Basic credentials, with forms posted by any site.
        Source source = api && !SAFE_METHODS.contains(request.getMethod()) ? connection.source(request) : Source.OWN_PAGES;
        String authorization = request.getHeader("Authorization");
        // Only requests that need a caller consult credentials: a Basic header on a public path counts for nothing.
        if (api && context.isProtected() && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return source == Source.ELSEWHERE ? fromElsewhere(response)
                    : basic(request, response, context, authorization.substring(6).strip(), clientAddress);
        }
        Optional<StaffIdentity> session = sessionIdentity(request);
        if (session.isPresent() && source == Source.OWN_PAGES) {
            return context.notifyContainerAboutLogin(session.get().email(), session.get().roleNames());
        }
        if (context.isProtected()) {
            if (session.isPresent()) {
                return fromElsewhere(response);
            }
            return api ? unauthorized(request, response, "Sign in to use this part of the API (HTTP Basic).")
                    : redirectToSignIn(request, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInFromPage(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential, String clientAddress) {
        SignInResult result = signIn.attempt(credential.getCaller(), credential.getPasswordAsString(),
                (String) request.getAttribute(SIGN_IN_CODE), clientAddress);
        request.setAttribute(SIGN_IN_RESULT, result);
        if (result.outcome() != SignInResult.Outcome.SUCCESS) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so that an id planted before sign-in is worth nothing after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        Instant now = Instant.now();
        session.setAttribute(SESSION_CALLER, result.email());
        session.setAttribute(SESSION_CREDENTIALS_AT, now);
        session.setAttribute(SESSION_SIGNED_IN_AT, now);
        return context.notifyContainerAboutLogin(result.email(), new StaffIdentity(result.email(), null,
                result.roles()).roleNames());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded, String clientAddress) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, "The Authorization header is not valid HTTP Basic.");
        }
        SignInResult result = signIn.attemptWithPasswordOnly(decoded.substring(0, colon), decoded.substring(colon + 1),
                clientAddress);
        return switch (result.outcome()) {
            case SUCCESS -> context.notifyContainerAboutLogin(result.email(),
                    new StaffIdentity(result.email(), null, result.roles()).roleNames());
            case LOCKED -> tooManyAttempts(response, result.retryAfter());
            // An account with two-step sign-in answers like a wrong password: Basic must not confirm the password.
            case INVALID, SECOND_FACTOR_REQUIRED, INVALID_CODE ->
                    unauthorized(request, response, "The email or password is not right.");
        };
    }

    private Optional<StaffIdentity> sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(SESSION_CALLER);
        Object credentialsAt = session == null ? null : session.getAttribute(SESSION_CREDENTIALS_AT);
        if (!(email instanceof String caller) || !(credentialsAt instanceof Instant since)) {
            return Optional.empty();
        }
        boolean current = session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Instant signedInAt
                && !lifetime.hasEnded(signedInAt, Instant.now());
        Optional<StaffIdentity> identity = current ? signIn.identity(caller, since) : Optional.empty();
        if (identity.isEmpty()) {
            // Past its lifetime, or deactivated, deleted or password reset since sign-in: the session ends now.
            session.invalidate();
        }
        return identity;
    }

    /** When the signed-in session of this request ends whatever its activity; empty without one. */
    public Optional<Instant> sessionEnd(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Instant signedInAt
                ? Optional.of(lifetime.endOf(signedInAt)) : Optional.empty();
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpMessageContext context) {
        String target = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String detail) {
        // No challenge to a browser (it asks for HTML): it would cache the credentials and send them with any
        // site's forms.
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"LEAD Bureau Portal\", charset=\"UTF-8\"");
        }
        ProblemWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
        // SEND_CONTINUE: the challenge has been answered here; the container must not add an error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus fromElsewhere(HttpServletResponse response) {
        ProblemWriter.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "This request does not come from"
                + " the portal's own pages (its Origin or Referer header names another site, or neither is sent)."
                + " Scripts call the API with HTTP Basic and no session cookie.");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Instant retryAfter) {
        long seconds = Math.max(1, Duration.between(Instant.now(), retryAfter).toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        ProblemWriter.write(response, 429, "Too Many Requests",
                "Too many failed sign-in attempts. Try again in " + Math.max(1, (seconds + 59) / 60) + " minutes.");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether a "next" address after sign-in is a path on this site (never another site: no open redirect). */
    public static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20);
    }

    /** Writes a problem body from outside JAX-RS (the mechanism runs before it). */
    static final class ProblemWriter {
        private ProblemWriter() {
        }

        static void write(HttpServletResponse response, int status, String title, String detail) {
            try {
                response.setStatus(status);
                response.setContentType(Problem.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(Problem.body(status, title, detail, Map.of()));
                // Committed now, so that the container cannot swap the body for its own error page.
                response.flushBuffer();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
