package org.leadbureau.portal.library.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.library.boundary.Library;
import org.leadbureau.portal.platform.rest.PageJson;

/**
 * {@code GET /api/resources?page=&size=&type=&topic=&audience=&year=&sort=}: a page of the published resources
 * ({@code {total, page, size, items}}), newest first unless sorted by {@code title}; items carry no text.
 */
@Tag(name = "Library")
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    @Inject
    Library library;

    @Operation(summary = "Published library resources, a page at a time", description = "Newest first, or by title with sort=title; items carry no extracted text.")
    @GET
    public PageJson<ResourceJson> list(@QueryParam("type") List<String> types, @QueryParam("topic") List<String> topics,
                           @QueryParam("audience") List<String> audiences, @QueryParam("year") List<String> years,
                           @QueryParam("sort") String sort, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        return PageJson.of(library.list(library.filter(types, topics, audiences, years, sort, page, size)),
                ResourceJson::item);
    }
}
