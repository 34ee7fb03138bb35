package org.leadbureau.portal.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;
import org.leadbureau.portal.platform.persistence.Columns;

/** A file sent with a message, e.g. a calendar invitation ({@code text/calendar; method=REQUEST}). */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    /** The full MIME type with its parameters, as the mail part will carry it. */
    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Lob
    @Column(nullable = false, length = Columns.LONG_BINARY)
    private byte[] content;

    protected OutboxAttachment() {
        // for JPA
    }

    OutboxAttachment(String fileName, String contentType, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSize() {
        return content.length;
    }
}
