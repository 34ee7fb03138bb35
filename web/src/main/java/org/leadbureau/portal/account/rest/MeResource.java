package org.leadbureau.portal.account.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.leadbureau.portal.account.boundary.Accounts;

/** {@code GET /api/staff/me}: the signed-in user. */
@Path("staff/me")
public class MeResource {

    @Inject
    Accounts accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject me() {
        return StaffUsersResource.json(accounts.me());
    }
}
