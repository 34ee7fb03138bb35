package org.leadbureau.portal.library.boundary;

import java.util.List;

/**
 * What a bulk import did, or would do when it is a dry run: how many resources it created, updated (a file already in
 * the library, found by its SHA-256, with new metadata) and left unchanged, and every line it rejected with why.
 */
public record BulkImportReport(int created, int updated, int unchanged, List<RejectedLine> rejected) {

    /** A line of the manifest that imported nothing; {@code file} is the name it gave. */
    public record RejectedLine(long line, String file, String reason) {
    }

    public BulkImportReport {
        rejected = List.copyOf(rejected);
    }
}
