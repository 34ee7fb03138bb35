package org.leadbureau.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import org.leadbureau.portal.account.boundary.SignIn;

/**
 * {@code POST /logout}: ends the session. A POST only, from a page of this site: with SameSite=Lax cookies
 * another site cannot post with the session, and the Origin check refuses it even where a browser would.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    SignIn signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!sameOrigin(request)) {
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

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            // Browsers send Origin on POST; its absence means a non-browser client, which carries no victim's cookie.
            return origin == null;
        }
        URI uri = URI.create(origin);
        int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
        return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
    }
}
