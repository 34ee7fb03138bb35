package org.leadbureau.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.leadbureau.portal.account.boundary.SignIn;

/**
 * {@code POST /logout}: ends the session. A POST only, from a page of this site: with SameSite=Lax cookies
 * another site cannot post with the session, and the Origin check (against the address the browser used, or
 * PORTAL_BASE_URL behind a proxy) refuses it even where a browser would.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    SignIn signIn;

    @Inject
    ClientConnection connection;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // Browsers send Origin on POST; a client that sends neither it nor a Referer carries no victim's cookie.
        if (connection.source(request) == ClientConnection.Source.ELSEWHERE) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PortalAuthenticationMechanism.SESSION_CALLER) instanceof String email) {
            signIn.signedOut(email);
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?signedOut=true");
    }
}
