package org.leadbureau.portal.library.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.leadbureau.portal.library.boundary.Library;

/** {@code GET /api/resources?topic=&type=}: the published resources, newest first. */
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    @Inject
    Library library;

    @GET
    public JsonArray list(@QueryParam("topic") String topic, @QueryParam("type") String type) {
        var resources = Json.createArrayBuilder();
        library.list(topic, type).forEach(resource -> resources.add(LibraryJson.resource(resource)));
        return resources.build();
    }
}
