package org.leadbureau.portal.evaluation.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.mail.control.MailBody;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.platform.time.EventTimes;

/**
 * The messages that ask someone to evaluate a training or site visit: the invitation and one reminder. Each names
 * what is evaluated and when, and carries a link of its own (made by the caller) that works until the evaluation
 * expires.
 */
public class EvaluationMail {

    private static final String SIGNATURE = "LEAD National Support Bureau";

    private final String baseUrl;

    public EvaluationMail(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public MailMessage invitation(Evaluation evaluation, String token) {
        MailBody body = greeting(evaluation)
                .paragraph("Thank you for taking part in the " + evaluation.getKindWord() + " \"" + evaluation.getSubject()
                        + "\". Would you tell us how it went? The evaluation takes about three minutes, and you may"
                        + " answer without giving your name. Your answers help us make the next one better.");
        return finish(evaluation, token, "How was it? " + evaluation.getSubject(), body);
    }

    public MailMessage reminder(Evaluation evaluation, String token) {
        MailBody body = greeting(evaluation)
                .paragraph("A week ago we asked how the " + evaluation.getKindWord() + " \"" + evaluation.getSubject()
                        + "\" went for you. If you have three minutes, we would still value your answers. This is the"
                        + " only reminder we send.");
        return finish(evaluation, token, "Reminder: your evaluation of " + evaluation.getSubject(), body);
    }

    private static MailBody greeting(Evaluation evaluation) {
        return new MailBody().paragraph("Dear " + evaluation.getRecipientName() + ",");
    }

    private MailMessage finish(Evaluation evaluation, String token, String subject, MailBody body) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(evaluation.getTraining() != null ? "Training" : "Site visit", evaluation.getSubject());
        facts.put("When", EventTimes.range(evaluation.getStartsAt(), evaluation.getEndsAt(), evaluation.getZone()));
        facts.put("Answer by", EventTimes.date(evaluation.getExpiresAt(), evaluation.getZone()));
        body.facts(facts)
                .link("Answer the evaluation", baseUrl + "/evaluations/" + token)
                .paragraph("The link is for you alone and takes one answer.")
                .signature(SIGNATURE);
        return new MailMessage(evaluation.getEmail(), subject, body.text(), body.html());
    }
}
