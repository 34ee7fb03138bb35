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
import org.leadbureau.portal.platform.i18n.BundleTexts;

/** The messages an inquiry causes. {@link MailBody} escapes everything the inquirer typed in the HTML part. */
public class InquiryMail {

    private final String baseUrl;

    public InquiryMail(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String staffUrl(Inquiry inquiry) {
        return baseUrl + "/staff/inquiries/" + inquiry.getReference();
    }

    /**
     * To the inquirer, in their language: we have it, here is its reference. Anyone can type any address into the
     * form, so this mail quotes nothing they typed (not even the name): it cannot carry someone else's text to a
     * stranger.
     */
    public MailMessage confirmation(Inquiry inquiry) {
        BundleTexts texts = BundleTexts.of(BundleTexts.MAIL, inquiry.getLanguage());
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put(texts.get("inquiry.fact.reference"), inquiry.getReference());
        chosen.put(texts.get("inquiry.fact.state"), inquiry.getState().nameIn(texts.language()));
        chosen.put(texts.get("inquiry.fact.stage"), texts.of("stage", inquiry.getStage()));
        chosen.put(texts.get("inquiry.fact.interests"),
                labels(inquiry.getInterests().stream().sorted().map(interest -> texts.of("interest", interest))));
        MailBody body = new MailBody(texts.language())
                .paragraph(texts.get("inquiry.greeting"))
                .paragraph(texts.get("inquiry.confirmation.text", inquiry.getReference()))
                .facts(chosen)
                .paragraph(texts.get("inquiry.confirmation.notYou"))
                .signature(texts.get("signature"));
        return new MailMessage(inquiry.getEmail(), texts.get("inquiry.confirmation.subject", inquiry.getReference()),
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

    /** The Bureau's answer, written by a staff member; the words around it in the inquirer's language. */
    public MailMessage reply(Inquiry inquiry, String subject, String text) {
        BundleTexts texts = BundleTexts.of(BundleTexts.MAIL, inquiry.getLanguage());
        MailBody body = new MailBody(texts.language())
                .paragraph(text)
                .paragraph(texts.get("inquiry.reply.reference", inquiry.getReference()))
                .signature(texts.get("signature"));
        return new MailMessage(inquiry.getEmail(), subject, body.text(), body.html());
    }

    /** The subject a reply gets unless the writer gives one, in the inquirer's language. */
    public static String replySubject(Inquiry inquiry) {
        return BundleTexts.of(BundleTexts.MAIL, inquiry.getLanguage()).get("inquiry.reply.subject", inquiry.getReference());
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
