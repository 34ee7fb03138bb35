package org.leadbureau.portal.platform.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.leadbureau.portal.platform.limits.FormLimits;
import org.leadbureau.portal.platform.request.TrustedProxies;
import org.leadbureau.portal.platform.rules.EmailAddress;

/**
 * Every setting of the portal, under its environment variable's name, with the form a value must have. The code
 * reads settings only through these constants ({@link PortalConfig#value}), the start-up check
 * ({@link SettingsCheck}) validates them all before anything else starts, and SettingsTableTest holds the README's
 * configuration table to this list. Some are also read by the server's configuration (configure.cli, the run
 * command): the data directory, database and SMTP connection, the log format; the heap only by the run command.
 */
public enum Setting {

    DATA_DIR("PORTAL_DATA_DIR", Form.TEXT),
    DB_URL("PORTAL_DB_URL", Form.JDBC_URL),
    DB_DRIVER("PORTAL_DB_DRIVER", Form.DRIVER),
    DB_USER("PORTAL_DB_USER", Form.TEXT),
    DB_PASSWORD("PORTAL_DB_PASSWORD", Form.TEXT),
    BASE_URL("PORTAL_BASE_URL", Form.HTTP_URL),
    ADMIN_EMAIL("PORTAL_ADMIN_EMAIL", Form.EMAIL),
    ADMIN_PASSWORD("PORTAL_ADMIN_PASSWORD", Form.TEXT),
    SECRET_KEY("PORTAL_SECRET_KEY", Form.KEY),
    SESSION_MAX("PORTAL_SESSION_MAX", Form.POSITIVE_DURATION),
    SECURE_COOKIES("PORTAL_SECURE_COOKIES", Form.BOOLEAN),
    TRUSTED_PROXIES("PORTAL_TRUSTED_PROXIES", Form.PROXIES),
    SMTP_HOST("PORTAL_SMTP_HOST", Form.TEXT),
    SMTP_PORT("PORTAL_SMTP_PORT", Form.PORT),
    SMTP_TLS("PORTAL_SMTP_TLS", Form.BOOLEAN),
    SMTP_USER("PORTAL_SMTP_USER", Form.TEXT),
    SMTP_PASSWORD("PORTAL_SMTP_PASSWORD", Form.TEXT),
    MAIL_FROM("PORTAL_MAIL_FROM", Form.MAILBOX),
    VISIT_TRAVEL_BUFFER("PORTAL_VISIT_TRAVEL_BUFFER", Form.DURATION),
    REGISTRATION_LIMITS("PORTAL_REGISTRATION_LIMITS", Form.LIMITS),
    FORM_MIN_FILL("PORTAL_FORM_MIN_FILL", Form.DURATION),
    AUDIT_RETENTION("PORTAL_AUDIT_RETENTION", Form.POSITIVE_PERIOD),
    BUREAU_ZONE("PORTAL_BUREAU_ZONE", Form.ZONE),
    HEAP("PORTAL_HEAP", Form.HEAP),
    LOG_FORMAT("PORTAL_LOG_FORMAT", Form.LOG_FORMAT),
    DEMO("PORTAL_DEMO", Form.BOOLEAN),
    SEARCH_BACKEND("PORTAL_SEARCH_BACKEND", Form.SEARCH_BACKEND),
    OPENSEARCH_URL("PORTAL_OPENSEARCH_URL", Form.HTTP_URL),
    // The cluster launcher may say so with the server property instead of the variable.
    CLUSTER("PORTAL_CLUSTER", Form.BOOLEAN, "portal.cluster");

    private final String variable;
    private final Form form;
    private final String property;

    Setting(String variable, Form form) {
        this(variable, form, null);
    }

    Setting(String variable, Form form, String property) {
        this.variable = variable;
        this.form = form;
        this.property = property;
    }

    /** The environment variable's name, which is also the MicroProfile Config property's name. */
    public String variable() {
        return variable;
    }

    /** Another property that gives the setting when the variable is unset (a server system property); may be null. */
    String property() {
        return property;
    }

    /** What is wrong with a value, in one line naming the variable and what it expects; empty when it is fine. */
    public Optional<String> problem(String value) {
        return form.accepts(value) ? Optional.empty()
                : Optional.of(variable + " must be " + form.expected + ", not \"" + value + "\"");
    }

    /** The forms a value can take, each with what to say when it does not. */
    enum Form {
        TEXT("any text", value -> true),
        JDBC_URL("a JDBC URL such as jdbc:mariadb://db.example.org:3306/leadportal",
                value -> value.startsWith("jdbc:") && value.indexOf(':', 5) > 5),
        DRIVER("h2 or mariadb", Set.of("h2", "mariadb")::contains),
        HTTP_URL("an http or https address such as https://portal.example.org", Form::isHttpUrl),
        EMAIL("an email address such as admin@example.org", EmailAddress.Validator::isEmailAddress),
        MAILBOX("a mail address such as LEAD Bureau <no-reply@example.org>", Form::isMailbox),
        KEY("Base64 of 32 random bytes (openssl rand -base64 32)", Form::isKey),
        DURATION("an ISO-8601 duration such as PT12H or P1D", value -> parses(() -> Duration.parse(value))),
        POSITIVE_DURATION("a positive ISO-8601 duration such as PT8H",
                value -> parses(() -> Duration.parse(value)) && Duration.parse(value).compareTo(Duration.ZERO) > 0),
        POSITIVE_PERIOD("a positive ISO-8601 period such as P2Y or P18M", Form::isPositivePeriod),
        BOOLEAN("true or false", value -> Set.of("true", "false").contains(value.toLowerCase(Locale.ROOT))),
        PORT("a port number from 1 to 65535", Form::isPort),
        PROXIES("comma-separated addresses and CIDR ranges such as 10.0.0.5,fd00::/8",
                value -> parses(() -> TrustedProxies.parse(value))),
        LIMITS("two count/ISO-8601-window limits such as 30/PT1H,600/PT1H",
                value -> parses(() -> FormLimits.parse("PORTAL_REGISTRATION_LIMITS", value))),
        ZONE("a time zone such as America/Chicago", value -> parses(() -> ZoneId.of(value))),
        HEAP("a heap size such as 512m or 2g", value -> value.matches("[1-9][0-9]*[kKmMgG]")),
        LOG_FORMAT("text or json", Set.of("text", "json")::contains),
        SEARCH_BACKEND("lucene or opensearch", Set.of("lucene", "opensearch")::contains);

        private final String expected;
        private final Predicate<String> rule;

        Form(String expected, Predicate<String> rule) {
            this.expected = expected;
            this.rule = rule;
        }

        boolean accepts(String value) {
            return rule.test(value);
        }

        private static boolean parses(Runnable parse) {
            try {
                parse.run();
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        private static boolean isHttpUrl(String value) {
            try {
                URI uri = new URI(value);
                return uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
                        && Set.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT));
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static boolean isMailbox(String value) {
            try {
                return EmailAddress.Validator.isEmailAddress(new InternetAddress(value, true).getAddress());
            } catch (AddressException e) {
                return false;
            }
        }

        private static boolean isKey(String value) {
            try {
                return Base64.getDecoder().decode(value).length == 32;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean isPositivePeriod(String value) {
            try {
                Period period = Period.parse(value);
                return !period.isNegative() && !period.isZero();
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        private static boolean isPort(String value) {
            try {
                int port = Integer.parseInt(value);
                return port >= 1 && port <= 65535;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
