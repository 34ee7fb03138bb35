package org.leadbureau.portal.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthReportTest {

    @Test
    void upWhenEveryPartIsUp() {
        var report = new HealthReport(Map.of(
                "database", ComponentHealth.up(Map.of("schemaVersion", "1")),
                "searchIndex", ComponentHealth.up(Map.of("documents", 5L))));
        assertEquals("UP", report.status());
    }

    @Test
    void downWhenOnePartIsDownAndThatPartSaysWhy() {
        var report = new HealthReport(Map.of(
                "database", ComponentHealth.up(Map.of("schemaVersion", "1")),
                "searchIndex", ComponentHealth.down("search index is not available: SearchException")));
        assertEquals("DOWN", report.status());
        assertEquals("DOWN", report.components().get("searchIndex").status());
        assertEquals("search index is not available: SearchException",
                report.components().get("searchIndex").details().get("error"));
    }
}
