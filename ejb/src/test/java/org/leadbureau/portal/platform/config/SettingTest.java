package org.leadbureau.portal.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void wellFormedValuesPass() {
        Map<Setting, String> values = Map.ofEntries(
                Map.entry(Setting.DB_URL, "jdbc:mariadb://db.example.org:3306/leadportal"),
                Map.entry(Setting.DB_DRIVER, "mariadb"),
                Map.entry(Setting.BASE_URL, "https://portal.example.org/"),
                Map.entry(Setting.ADMIN_EMAIL, "admin@example.org"),
                Map.entry(Setting.SECRET_KEY, "q83vEjXgCDoC/x4P1lc8VBtdBx66lNGYsoMaNvPP9GI="),
                Map.entry(Setting.SESSION_MAX, "PT8H"),
                Map.entry(Setting.SECURE_COOKIES, "TRUE"),
                Map.entry(Setting.TRUSTED_PROXIES, "10.0.0.5,fd00::/8"),
                Map.entry(Setting.SMTP_PORT, "587"),
                Map.entry(Setting.MAIL_FROM, "LEAD National Support Bureau <no-reply@leadbureau.org>"),
                Map.entry(Setting.VISIT_TRAVEL_BUFFER, "PT0S"),
                Map.entry(Setting.REGISTRATION_LIMITS, "30/PT1H,600/PT1H"),
                Map.entry(Setting.AUDIT_RETENTION, "P18M"),
                Map.entry(Setting.HEAP, "2g"),
                Map.entry(Setting.LOG_FORMAT, "json"),
                Map.entry(Setting.SEARCH_BACKEND, "opensearch"),
                Map.entry(Setting.OPENSEARCH_URL, "http://127.0.0.1:9200"),
                Map.entry(Setting.CLUSTER, "true"));
        assertEquals(List.of(), SettingsCheck.problems(setting -> Optional.ofNullable(values.get(setting))));
    }

    @Test
    void eachMalformedValueGetsOneLineNamingTheVariableAndTheExpectedForm() {
        Map<Setting, String> values = Map.of(
                Setting.BASE_URL, "portal.example.org",
                Setting.ADMIN_EMAIL, "pat@example",
                Setting.SESSION_MAX, "8 hours",
                Setting.SMTP_PORT, "smtp",
                Setting.DB_DRIVER, "postgres",
                Setting.AUDIT_RETENTION, "P0D",
                Setting.SECRET_KEY, "c2hvcnQ=",
                Setting.TRUSTED_PROXIES, "10.0.0.300",
                Setting.HEAP, "2 GB",
                Setting.LOG_FORMAT, "JSON lines");
        List<String> problems = SettingsCheck.problems(setting -> Optional.ofNullable(values.get(setting)));
        assertEquals(values.size(), problems.size(), problems.toString());
        assertTrue(problems.contains("PORTAL_BASE_URL must be an http or https address such as"
                + " https://portal.example.org, not \"portal.example.org\""), problems.toString());
        values.forEach((setting, value) -> assertTrue(problems.stream().anyMatch(line ->
                line.startsWith(setting.variable() + " must be ") && line.endsWith("\"" + value + "\"")), setting + ": " + problems));
    }

    @Test
    void openSearchNeedsItsAddressAndAClusterNeedsOpenSearch() {
        assertEquals(List.of("PORTAL_SEARCH_BACKEND must be lucene or opensearch, not \"elasticsearch\""),
                problems(Map.of(Setting.SEARCH_BACKEND, "elasticsearch")));
        assertEquals(List.of("PORTAL_SEARCH_BACKEND=opensearch needs PORTAL_OPENSEARCH_URL, the address of the"
                + " OpenSearch cluster such as http://127.0.0.1:9200"), problems(Map.of(Setting.SEARCH_BACKEND, "opensearch")));
        for (Map<Setting, String> values : List.of(Map.of(Setting.CLUSTER, "true"),
                Map.of(Setting.CLUSTER, "TRUE", Setting.SEARCH_BACKEND, "lucene"))) {
            List<String> problems = problems(values);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("A clustered node (PORTAL_CLUSTER=true) needs"
                    + " PORTAL_SEARCH_BACKEND=opensearch"), problems.toString());
        }
        assertEquals(List.of(), problems(Map.of(Setting.CLUSTER, "false")));
    }

    private static List<String> problems(Map<Setting, String> values) {
        return SettingsCheck.problems(setting -> Optional.ofNullable(values.get(setting)));
    }

    @Test
    void unsetSettingsTakeTheirDefaults() {
        assertEquals(List.of(), SettingsCheck.problems(setting -> Optional.empty()));
    }
}
