package org.leadbureau.portal.platform.rest;

import org.leadbureau.portal.platform.health.ComponentHealth;
import org.leadbureau.portal.platform.health.HealthReport;

/**
 * The answer of {@code /api/health}: {@code status} UP or DOWN and each part's own status with the fact an operator
 * acts on (the database's schema version, the index's document count, or what failed); what a part does not report
 * is left out.
 */
public record HealthJson(String status, Checks checks) {

    public record Checks(Check database, Check searchIndex) {
    }

    public record Check(String status, String schemaVersion, Long documents, String error) {

        static Check of(ComponentHealth component) {
            Object schemaVersion = component.details().get("schemaVersion");
            Object documents = component.details().get("documents");
            Object error = component.details().get("error");
            return new Check(component.status(), schemaVersion == null ? null : schemaVersion.toString(),
                    documents instanceof Number number ? number.longValue() : null,
                    error == null ? null : error.toString());
        }
    }

    static HealthJson of(HealthReport report) {
        return new HealthJson(report.status(), new Checks(Check.of(report.components().get("database")),
                Check.of(report.components().get("searchIndex"))));
    }
}
