package org.leadbureau.portal.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.platform.retention.RetentionJobs;

/**
 * {@code POST /api/staff/admin/retention} (ADMIN): applies the retention rules now instead of at the next hourly
 * run, and answers how much each removed, e.g. {@code {"signInAttempts": 3, "auditEvents": 0, …}}.
 */
@Tag(name = "Accounts")
@Path("staff/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    RetentionJobs retention;

    @Operation(summary = "Apply the retention rules now (ADMIN)", description = "Answers how many of each kind were removed, e.g. {\"signInAttempts\": 3, \"auditEvents\": 0}.")
    @POST
    public Map<String, Long> applyNow() {
        Map<String, Long> removed = new LinkedHashMap<>();
        retention.applyNow().forEach(each -> removed.put(each.what(), each.count()));
        return removed;
    }
}
