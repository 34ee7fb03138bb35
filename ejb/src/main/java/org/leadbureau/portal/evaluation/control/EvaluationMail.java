package org.leadbureau.portal.evaluation.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.mail.control.MailBody;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.platform.i18n.BundleTexts;
import org.leadbureau.portal.platform.time.EventTimes;

/**
 * The messages that ask someone to evaluate a training or site visit: the invitation and one reminder. Each names
 * what is evaluated and when, and carries a link of its own (made by the caller) that works until the evaluation
 * expires. Written in the language the person registered in (English for site visits).
 */
public class EvaluationMail {

    private final String baseUrl;

    public EvaluationMail(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public MailMessage invitation(Evaluation evaluation, String token) {
        return message(evaluation, token, "evaluation.invitation");
    }

    public MailMessage reminder(Evaluation evaluation, String token) {
        return message(evaluation, token, "evaluation.reminder");
    }

    /** The message {@code kind} in the recipient's language: {@code kind.subject} and {@code kind.text}. */
    private MailMessage message(Evaluation evaluation, String token, String kind) {
        BundleTexts texts = BundleTexts.of(BundleTexts.MAIL, evaluation.getLanguage());
        boolean training = evaluation.getTraining() != null;
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(texts.get(training ? "evaluation.fact.training" : "evaluation.fact.visit"), evaluation.getSubject());
        facts.put(texts.get("fact.when"), EventTimes.range(evaluation.getStartsAt(), evaluation.getEndsAt(),
                evaluation.getZone(), texts.language()));
        facts.put(texts.get("evaluation.fact.answerBy"), EventTimes.date(evaluation.getExpiresAt(), evaluation.getZone(),
                texts.language()));
        MailBody body = new MailBody(texts.language())
                .paragraph(texts.get("greeting", evaluation.getRecipientName()))
                .paragraph(texts.get(kind + ".text", texts.get(training ? "evaluation.kind.training" : "evaluation.kind.visit"),
                        evaluation.getSubject()))
                .facts(facts)
                .link(texts.get("evaluation.link"), baseUrl + "/evaluations/" + token)
                .paragraph(texts.get("evaluation.linkNote"))
                .signature(texts.get("signature"));
        return new MailMessage(evaluation.getEmail(), texts.get(kind + ".subject", evaluation.getSubject()), body.text(),
                body.html());
    }
}
