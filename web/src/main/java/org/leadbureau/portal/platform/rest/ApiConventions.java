package org.leadbureau.portal.platform.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The conventions every operation of the API shares, written into the OpenAPI document once instead of on each
 * resource method (the server applies this filter: mp.openapi.filter in microprofile-config.properties): every
 * operation may answer a problem body; staff operations take HTTP Basic or the session cookie and may answer 401
 * and 403; query and path parameters that mean the same everywhere get the same description.
 */
public class ApiConventions implements OASFilter {

    static final String STAFF = "/api/staff/";

    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("page", "The page, from 1. With page or size, a list answers one page: {total, page, size, items}."),
            Map.entry("size", "Items per page, 1 to 100 (20 when only page is given)."),
            Map.entry("q", "Text to look for."),
            Map.entry("format", "The answer's format, for plain links that cannot send Accept: json, csv"
                    + " (or geojson for sites)."),
            Map.entry("slug", "The readable name in the item's address, e.g. harm-reduction-in-practice."),
            Map.entry("id", "The item's number."),
            Map.entry("token", "The secret from the link the person was sent."),
            Map.entry("type", "Resource types (repeat the parameter for several), e.g. GUIDE."),
            Map.entry("topic", "Topic slugs (repeat for several)."),
            Map.entry("audience", "Audience slugs (repeat for several)."),
            Map.entry("year", "Publication years (repeat for several)."),
            Map.entry("state", "A US state or territory's two-letter code, e.g. WA."),
            Map.entry("launchedFrom", "Sites launched in this year or later."),
            Map.entry("launchedTo", "Sites launched in this year or earlier."),
            Map.entry("from", "The first day, YYYY-MM-DD."),
            Map.entry("to", "The last day, YYYY-MM-DD."),
            Map.entry("trainer", "A trainer's email."),
            Map.entry("trainers", "Trainers' emails, repeated or comma-separated."),
            Map.entry("site", "A site's slug."),
            Map.entry("days", "How many whole days the window needs."),
            Map.entry("zone", "The time zone whose days count, e.g. America/Chicago (UTC by default)."),
            Map.entry("Accept", "text/csv for CSV where the answer offers it."));

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            respond(operation, "4XX", "Problem");
            respond(operation, "5XX", "Problem");
            if (path.startsWith(STAFF)) {
                respond(operation, "401", "Unauthorized");
                respond(operation, "403", "Forbidden");
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"));
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("session"));
            }
        }));
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getDescription() == null && parameter.getRef() == null) {
            parameter.setDescription(PARAMETERS.get(parameter.getName()));
        }
        return parameter;
    }

    /** Adds a shared answer (from components/responses) unless the operation describes that status itself. */
    private static void respond(Operation operation, String status, String sharedResponse) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(sharedResponse));
        }
    }
}
