package org.leadbureau.portal.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
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
    public Map<String, Long> applyNow() {
        Map<String, Long> removed = new LinkedHashMap<>();
        Stream.concat(accounts.pruneNow().stream(), outbox.redactNow().stream())
                .forEach(each -> removed.put(each.what(), each.count()));
        return removed;
    }
}
