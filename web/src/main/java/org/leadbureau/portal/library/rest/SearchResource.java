package org.leadbureau.portal.library.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.leadbureau.portal.library.boundary.Library;

/** {@code GET /api/search}: full-text search of the published library; {@code /api/search/titles}: autocomplete. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Library library;

    @GET
    public JsonObject search(@QueryParam("q") String query, @QueryParam("page") String page,
                             @QueryParam("size") String size, @QueryParam("type") List<String> types,
                             @QueryParam("topic") List<String> topics, @QueryParam("audience") List<String> audiences,
                             @QueryParam("year") List<String> years, @QueryParam("sort") String sort) {
        return LibraryJson.search(library.search(query, types, topics, audiences, years, page, size, sort));
    }

    @GET
    @Path("titles")
    public JsonArray titles(@QueryParam("q") String typed) {
        var titles = Json.createArrayBuilder();
        library.titlesStartingWith(typed == null || typed.length() > 200 ? "" : typed).forEach(title ->
                titles.add(Json.createObjectBuilder().add("slug", title.slug()).add("title", title.title())));
        return titles.build();
    }
}
