package org.leadbureau.portal.account.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.platform.security.PortalAuthenticationMechanism;

/** {@code GET /api/staff/me}: the signed-in user. */
@Tag(name = "Accounts")
@Path("staff/me")
public class MeResource {

    @Inject
    Accounts accounts;

    @Inject
    PortalAuthenticationMechanism mechanism;

    @Context
    HttpServletRequest request;

    /** The user, and with a signed-in session {@code sessionEndsAt}: when it ends, however busy it is. */
    @Operation(summary = "The signed-in user", description = "With a signed-in session, sessionEndsAt: when it ends, however busy it is.")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public UserJson me() {
        return UserJson.of(accounts.me(), mechanism.sessionEnd(request).orElse(null));
    }
}
