package org.leadbureau.portal.platform.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The analysis a backend's index was last written with, as a SHA-256 of {@link AnalysisChains#ALL}: in the database, so
 * every node of a cluster sees the same (a node with a new data directory does not take the shared index for stale).
 */
@Entity
@Table(name = "search_index_analysis")
class IndexedAnalysis {

    @Id
    private String backend;

    private String analysis;

    @Column(name = "written_at")
    private Instant writtenAt;

    protected IndexedAnalysis() {
        // for JPA
    }

    IndexedAnalysis(String backend, String analysis, Instant writtenAt) {
        this.backend = backend;
        this.analysis = analysis;
        this.writtenAt = writtenAt;
    }

    String analysis() {
        return analysis;
    }

    void written(String analysis, Instant at) {
        this.analysis = analysis;
        this.writtenAt = at;
    }
}
