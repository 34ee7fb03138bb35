package org.leadbureau.portal.inquiry.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.leadbureau.portal.inquiry.boundary.Inquiries;
import org.leadbureau.portal.inquiry.boundary.InquiryForm;

/** The public contact-us API: the same rules as the form, less the form's own guards (honeypot, timer). */
@Path("inquiries")
public class InquiryResource {

    @Inject
    Inquiries inquiries;

    /** 201 {reference}; 400 listing the wrong fields; 429 over a rate limit. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(InquiryForm form) {
        String reference = inquiries.submit(form == null ? new InquiryForm() : form).reference();
        return Response.status(Response.Status.CREATED)
                .entity(new Submitted(reference))
                .build();
    }

    /** The reference the inquirer quotes. */
    public record Submitted(String reference) {
    }
}
