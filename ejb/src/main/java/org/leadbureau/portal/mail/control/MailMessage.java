package org.leadbureau.portal.mail.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.MaxLength;

/**
 * A message to queue: one recipient, a subject, the same content as plain text and as HTML (whoever builds the
 * HTML escapes what people typed: see {@link Html}), and optional attachments.
 */
public record MailMessage(
        @NotBlank @EmailAddress @MaxLength(320) String to,
        @NotBlank @MaxLength(300) String subject,
        @NotNull String text,
        @NotNull String html,
        @NotNull List<@Valid Attachment> attachments) {

    public MailMessage {
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    public MailMessage(String to, String subject, String text, String html) {
        this(to, subject, text, html, List.of());
    }

    /** A file to send along; {@code contentType} carries its parameters, e.g. {@code text/calendar; method=REQUEST}. */
    public record Attachment(
            @NotBlank @MaxLength(200) String fileName,
            @NotBlank @MaxLength(200) String contentType,
            @NotNull byte[] content) {
    }
}
