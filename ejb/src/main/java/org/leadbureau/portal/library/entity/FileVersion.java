package org.leadbureau.portal.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;

/** A file a resource no longer serves, kept as history when staff replace it (its facts, not its bytes). */
@Embeddable
public class FileVersion {

    @Embedded
    private FileFacts facts;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected FileVersion() {
        // for JPA
    }

    FileVersion(FileFacts facts, Instant replacedAt) {
        this.facts = facts;
        this.replacedAt = replacedAt;
    }

    public FileFacts getFacts() {
        return facts;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
