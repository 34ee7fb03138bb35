package org.leadbureau.portal.library.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.leadbureau.portal.library.boundary.Library;
import org.leadbureau.portal.library.boundary.TitleSuggestion;

/**
 * {@code GET /api/search}: full-text search of the published library; {@code /api/search/titles}: autocomplete,
 * {@code [{slug, title}]}.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Library library;

    @GET
    public SearchJson search(@QueryParam("q") String query, @QueryParam("page") String page,
                             @QueryParam("size") String size, @QueryParam("type") List<String> types,
                             @QueryParam("topic") List<String> topics, @QueryParam("audience") List<String> audiences,
                             @QueryParam("year") List<String> years, @QueryParam("sort") String sort) {
        return SearchJson.of(library.search(query, types, topics, audiences, years, page, size, sort));
    }

    @GET
    @Path("titles")
    public List<TitleSuggestion> titles(@QueryParam("q") String typed) {
        return library.titlesStartingWith(typed == null || typed.length() > 200 ? "" : typed);
    }
}
