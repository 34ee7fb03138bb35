package org.leadbureau.portal.sites.control;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did, or would do when it is a preview: counts, every good row with its action, and every
 * rejected row with its reason.
 */
public record SiteImportReport(int created, int updated, int unchanged, List<PlannedRow> rows,
                               List<Rejection> rejected) implements Serializable {

    static SiteImportReport of(List<PlannedRow> rows, List<Rejection> rejected) {
        return new SiteImportReport(count(rows, ImportAction.CREATE), count(rows, ImportAction.UPDATE),
                count(rows, ImportAction.UNCHANGED), List.copyOf(rows), List.copyOf(rejected));
    }

    private static int count(List<PlannedRow> rows, ImportAction action) {
        return (int) rows.stream().filter(row -> row.action() == action).count();
    }
}
