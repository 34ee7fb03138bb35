package org.leadbureau.portal.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** What the portal knows about an uploaded file without reading it: name, detected type, size, SHA-256. */
@Embeddable
public class FileFacts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", length = 120)
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "sha256", length = 64)
    private String sha256;

    protected FileFacts() {
        // for JPA
    }

    public FileFacts(String fileName, String mediaType, long sizeBytes, String sha256) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }
}
