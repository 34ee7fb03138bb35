package org.leadbureau.portal.inquiry.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.inquiry.entity.Interest;
import org.leadbureau.portal.inquiry.entity.Stakeholder;
import org.leadbureau.portal.mail.control.MailBody;
import org.leadbureau.portal.mail.control.MailMessage;

/** The messages an inquiry causes. {@link MailBody} escapes everything the inquirer typed in the HTML part. */
public class InquiryMail {

    private static final String SIGNATURE = "LEAD National Support Bureau";

    private final String baseUrl;

    public InquiryMail(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String staffUrl(Inquiry inquiry) {
        return baseUrl + "/staff/inquiries/" + inquiry.getReference();
    }

    /**
     * To the inquirer: we have it, here is its reference. Anyone can type any address into the form, so this mail
     * quotes nothing they typed (not even the name): it cannot carry someone else's text to a stranger.
     */
    public MailMessage confirmation(Inquiry inquiry) {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("Reference", inquiry.getReference());
        chosen.put("State", inquiry.getState().getDisplayName());
        chosen.put("Stage", inquiry.getStage().getLabel());
        chosen.put("Interested in", labels(inquiry.getInterests().stream().map(Interest::getLabel)));
        MailBody body = new MailBody()
                .paragraph("Hello,")
                .paragraph("Thank you for contacting the LEAD National Support Bureau. We have received your inquiry;"
                        + " its reference is " + inquiry.getReference() + ". A member of our staff will answer you by"
                        + " email, usually within a few working days. Please quote the reference if you write to us"
                        + " about it.")
                .facts(chosen)
                .paragraph("If you did not write to us, please ignore this message.")
                .signature(SIGNATURE);
        return new MailMessage(inquiry.getEmail(), "We received your inquiry (" + inquiry.getReference() + ")",
                body.text(), body.html());
    }

    /** To a staff member: a new inquiry waits in the inbox. */
    public MailMessage newInquiry(Inquiry inquiry, String staffEmail) {
        MailBody body = new MailBody()
                .paragraph("A new inquiry arrived from " + inquiry.getName() + " (" + inquiry.getOrganisation() + ").")
                .facts(facts(inquiry))
                .link("Open it in the staff inbox", staffUrl(inquiry));
        return new MailMessage(staffEmail, "New inquiry " + inquiry.getReference() + ": " + inquiry.getJurisdiction()
                + ", " + inquiry.getState().getCode(), body.text(), body.html());
    }

    /** To the staff member an inquiry was assigned to. */
    public MailMessage assigned(Inquiry inquiry, String assignedBy) {
        MailBody body = new MailBody()
                .paragraph(assignedBy + " assigned inquiry " + inquiry.getReference() + " to you.")
                .facts(facts(inquiry))
                .link("Open it in the staff inbox", staffUrl(inquiry));
        return new MailMessage(inquiry.getAssignee(), "Assigned to you: inquiry " + inquiry.getReference(),
                body.text(), body.html());
    }

    /** The Bureau's answer, written by a staff member. */
    public MailMessage reply(Inquiry inquiry, String subject, String text) {
        MailBody body = new MailBody()
                .paragraph(text)
                .paragraph("Reference: " + inquiry.getReference())
                .signature(SIGNATURE);
        return new MailMessage(inquiry.getEmail(), subject, body.text(), body.html());
    }

    /** The subject a reply gets unless the writer gives one. */
    public static String replySubject(Inquiry inquiry) {
        return "Your inquiry to the LEAD National Support Bureau (" + inquiry.getReference() + ")";
    }

    private static Map<String, String> facts(Inquiry inquiry) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Reference", inquiry.getReference());
        facts.put("Name", inquiry.getName());
        facts.put("Email", inquiry.getEmail());
        facts.put("Phone", inquiry.getPhone());
        facts.put("Organization", inquiry.getOrganisation());
        facts.put("Role", inquiry.getRole());
        facts.put("Jurisdiction", inquiry.getJurisdiction() + ", " + inquiry.getState().getDisplayName());
        facts.put("Stage", inquiry.getStage().getLabel());
        facts.put("Interested in", labels(inquiry.getInterests().stream().map(Interest::getLabel)));
        facts.put("Already at the table", labels(inquiry.getStakeholders().stream().map(Stakeholder::getLabel)));
        facts.put("Message", inquiry.getMessage());
        return facts;
    }

    private static String labels(Stream<String> labels) {
        return labels.collect(Collectors.joining(", "));
    }
}
