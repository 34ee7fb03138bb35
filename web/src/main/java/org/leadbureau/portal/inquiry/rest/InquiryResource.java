package org.leadbureau.portal.inquiry.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.leadbureau.portal.inquiry.boundary.Inquiries;
import org.leadbureau.portal.inquiry.boundary.InquiryForm;
import org.leadbureau.portal.platform.i18n.LanguageFilter;

/** The public contact-us API: the same rules as the form, less the form's own guards (honeypot, timer). */
@Tag(name = "Inquiries")
@Path("inquiries")
public class InquiryResource {

    @Inject
    Inquiries inquiries;

    /** 201 {reference}; 400 listing the wrong fields; 429 over a rate limit. */
    @Operation(summary = "Send a contact-us inquiry", description = "The same rules as the contact form; 429 above a rate limit.")
    @APIResponse(responseCode = "201", description = "Received: the reference the inquirer quotes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Submitted.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(InquiryForm form, @Context HttpServletRequest request) {
        // The confirmation mail speaks the language the request asked for (Accept-Language, ?lang=, the cookie).
        String reference = inquiries.submit(form == null ? new InquiryForm() : form, LanguageFilter.of(request)).reference();
        return Response.status(Response.Status.CREATED)
                .entity(new Submitted(reference))
                .build();
    }

    /** The reference the inquirer quotes. */
    public record Submitted(String reference) {
    }
}
