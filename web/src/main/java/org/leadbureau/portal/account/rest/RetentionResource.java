package org.leadbureau.portal.account.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.leadbureau.portal.account.boundary.AccountRetention;
import org.leadbureau.portal.mail.boundary.OutboxRetention;

/**
 * {@code POST /api/staff/admin/retention} (ADMIN): applies the retention rules now instead of at the next hourly
 * run, and answers how much each removed, e.g. {@code {"signInAttempts": 3, "auditEvents": 0, …}}.
 */
@Path("staff/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    AccountRetention accounts;

    @Inject
    OutboxRetention outbox;

    @POST
    public JsonObject applyNow() {
        JsonObjectBuilder removed = Json.createObjectBuilder();
        accounts.pruneNow().forEach(each -> removed.add(each.what(), each.count()));
        outbox.redactNow().forEach(each -> removed.add(each.what(), each.count()));
        return removed.build();
    }
}
