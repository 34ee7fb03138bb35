package org.leadbureau.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.leadbureau.portal.account.boundary.SecondFactor;
import org.leadbureau.portal.platform.security.Roles;

/**
 * When ADMIN requires two-step sign-in of administrators, an administrator without it can do nothing in
 * the staff area but set it up (on their account page) or sign out.
 */
@WebFilter(urlPatterns = {"/staff/*", "/api/staff/*"})
public class SecondFactorEnrolmentFilter extends HttpFilter {

    static final String ENROLMENT_PAGE = "/staff/account";

    @Inject
    SecondFactor secondFactor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String path = PortalAuthenticationMechanism.path(request);
        if (user != null && request.isUserInRole(Roles.ADMIN) && !path.equals(ENROLMENT_PAGE)
                && secondFactor.mustEnrol(user)) {
            if (path.startsWith("/api/")) {
                PortalAuthenticationMechanism.ProblemWriter.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                        "Administrators must set up two-step sign-in first, on their account page.");
            } else {
                response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE + "?secondFactor=required");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
