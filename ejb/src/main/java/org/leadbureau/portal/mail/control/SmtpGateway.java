package org.leadbureau.portal.mail.control;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leadbureau.portal.mail.entity.OutboxAttachment;
import org.leadbureau.portal.mail.entity.OutboxMessage;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;

/**
 * Delivery through the server's mail session {@code java:jboss/mail/Portal} (host, port, TLS and sender come
 * from configure.cli). Credentials are read here, from PORTAL_SMTP_USER and PORTAL_SMTP_PASSWORD, because the
 * mail session switches SMTP AUTH on as soon as a user name attribute exists, even an empty one.
 */
@ApplicationScoped
public class SmtpGateway {

    private static final Logger LOG = Logger.getLogger(SmtpGateway.class.getName());
    private static final String FALLBACK_SENDER = "no-reply@localhost";

    @Resource(lookup = "java:jboss/mail/Portal")
    Session session;

    /** False when no SMTP host is configured: messages then stay in the outbox. */
    public boolean isConfigured() {
        return PortalConfig.value(Setting.SMTP_HOST).isPresent();
    }

    /** The address mail comes from (PORTAL_MAIL_FROM), e.g. to name the organiser of calendar events. */
    public String senderAddress() {
        String from = session.getProperty("mail.from");
        try {
            return from == null ? FALLBACK_SENDER : new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            LOG.warning(() -> "PORTAL_MAIL_FROM is not an address (" + from + "): " + e.getMessage());
            return FALLBACK_SENDER;
        }
    }

    public Connection connect() throws MessagingException {
        // The server's session has no time-outs: without them an unresponsive server would hold the sender forever.
        var properties = new Properties();
        properties.putAll(session.getProperties());
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "20000");
        properties.putIfAbsent("mail.smtp.writetimeout", "20000");
        Session bounded = Session.getInstance(properties);
        Transport transport = bounded.getTransport("smtp");
        Optional<String> user = PortalConfig.value(Setting.SMTP_USER);
        if (user.isEmpty()) {
            transport.connect();
        } else {
            transport.connect(user.get(), PortalConfig.value(Setting.SMTP_PASSWORD).orElse(""));
        }
        return new Connection(bounded, transport);
    }

    /** An open SMTP connection for one delivery run. */
    public static final class Connection implements AutoCloseable {
        private final Session session;
        private final Transport transport;

        Connection(Session session, Transport transport) {
            this.session = session;
            this.transport = transport;
        }

        public void send(OutboxMessage message) throws MessagingException {
            MimeMessage mime = toMime(session, message);
            transport.sendMessage(mime, mime.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
            }
        }
    }

    /** multipart/mixed: the text and HTML bodies as alternatives, then the attachments. */
    static MimeMessage toMime(Session session, OutboxMessage message) throws MessagingException {
        var mime = new MimeMessage(session);
        mime.setFrom();
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());

        var alternatives = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(message.getBodyText(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        var html = new MimeBodyPart();
        html.setText(message.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(html);

        var body = new MimeBodyPart();
        body.setContent(alternatives);
        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (OutboxAttachment attachment : message.getAttachments()) {
            var part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
            part.setFileName(attachment.getFileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }
}
