package org.leadbureau.portal.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.leadbureau.portal.platform.persistence.Columns;

/**
 * The bytes of an uploaded file, in the database (the source of truth every node shares), kept apart from
 * the resource so that lists and searches never load them.
 */
@Entity
@Table(name = "library_file")
public class FileContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Column(nullable = false, length = Columns.LONG_BINARY)
    private byte[] content;

    protected FileContent() {
        // for JPA
    }

    public FileContent(byte[] content) {
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
