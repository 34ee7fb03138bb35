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
import org.leadbureau.portal.library.boundary.TitleSuggestion;
import org.leadbureau.portal.platform.rules.TextLength;

/**
 * {@code GET /api/search}: full-text search of the published library; {@code /api/search/titles}: autocomplete,
 * {@code [{slug, title}]}.
 */
@Tag(name = "Library")
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Library library;

    @Operation(summary = "Full-text search of the published library", description = "A page of hits with highlighted snippets, facet counts, and suggestion: a corrected query, or null.")
    @GET
    public SearchJson search(@QueryParam("q") String query, @QueryParam("page") String page,
                             @QueryParam("size") String size, @QueryParam("type") List<String> types,
                             @QueryParam("topic") List<String> topics, @QueryParam("audience") List<String> audiences,
                             @QueryParam("year") List<String> years, @QueryParam("language") List<String> languages,
                             @QueryParam("sort") String sort) {
        return SearchJson.of(library.search(query, types, topics, audiences, years, languages, page, size, sort));
    }

    @Operation(summary = "Titles starting with what was typed, for autocomplete")
    @GET
    @Path("titles")
    public List<TitleSuggestion> titles(@QueryParam("q") String typed) {
        return library.titlesStartingWith(typed == null || TextLength.exceeds(typed, 200) ? "" : typed);
    }
}
