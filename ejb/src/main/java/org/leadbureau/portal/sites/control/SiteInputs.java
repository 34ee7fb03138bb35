package org.leadbureau.portal.sites.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadbureau.portal.platform.rules.SingleLine;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.sites.entity.LaunchDate;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteFacts;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

/** Checks a {@link SiteInput}: either the facts it gives, or a message per wrong field. */
public final class SiteInputs {

    /** Facts when every field is right; otherwise field (CSV column) → what is wrong with it, in column order. */
    public record Checked(SiteFacts facts, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final String STATUSES = Arrays.stream(SiteStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private SiteInputs() {
    }

    public static Checked check(SiteInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = line(input.name(), "name", Site.NAME_LENGTH, errors);
        if (name == null && !errors.containsKey("name")) {
            errors.put("name", "missing name");
        }
        String jurisdiction = line(input.jurisdiction(), "jurisdiction", Site.NAME_LENGTH, errors);
        UsState state = null;
        if (blank(input.state())) {
            errors.put("state", "missing state");
        } else {
            state = UsState.fromCode(input.state());
            if (state == null) {
                errors.put("state", "unknown state '" + input.state().strip() + "' (expected a two-letter code such as WA)");
            }
        }
        SiteStatus status = null;
        if (blank(input.status())) {
            errors.put("status", "missing status");
        } else {
            status = SiteStatus.fromCode(input.status());
            if (status == null) {
                errors.put("status", "unknown status '" + input.status().strip() + "' (expected one of " + STATUSES + ")");
            }
        }
        LaunchDate launched = null;
        if (!blank(input.launched())) {
            try {
                launched = LaunchDate.parse(input.launched());
            } catch (IllegalArgumentException e) {
                errors.put("launched", "malformed launch date '" + input.launched().strip() + "' (" + e.getMessage() + ")");
            }
        }
        String sourceUrl = url(input.sourceUrl(), "source_url", errors);
        String notes = text(input.notes(), "notes", Site.TEXT_LENGTH, errors);
        String website = url(input.website(), "website", errors);
        String organisation = line(input.organisation(), "organisation", Site.NAME_LENGTH, errors);
        String description = text(input.description(), "description", Site.TEXT_LENGTH, errors);
        ZoneId timeZone = null;
        if (!blank(input.timeZone())) {
            try {
                timeZone = ZoneId.of(input.timeZone().strip());
            } catch (DateTimeException e) {
                errors.put("time_zone", "unknown time zone '" + input.timeZone().strip() + "' (expected e.g. America/Chicago)");
            }
        }
        Double latitude = coordinate(input.latitude(), "latitude", 90, errors);
        Double longitude = coordinate(input.longitude(), "longitude", 180, errors);
        if ((latitude == null) != (longitude == null) && !errors.containsKey("latitude") && !errors.containsKey("longitude")) {
            errors.put(latitude == null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
        }
        LocalDate lastVerified = null;
        if (!blank(input.lastVerified())) {
            try {
                lastVerified = LocalDate.parse(input.lastVerified().strip());
            } catch (DateTimeParseException e) {
                errors.put("last_verified", "malformed date '" + input.lastVerified().strip() + "' (expected YYYY-MM-DD)");
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new SiteFacts(name, jurisdiction, state, status, launched, sourceUrl, notes, website,
                organisation, description, timeZone, latitude, longitude, lastVerified), Map.of());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String text, String field, int maxLength, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        String stripped = text.strip();
        if (TextLength.exceeds(stripped, maxLength)) {
            errors.put(field, field.replace('_', ' ') + " is longer than " + maxLength + " characters");
            return null;
        }
        return stripped;
    }

    /** A one-line text: a line break, tab or other control character would break mail, calendar and CSV lines. */
    private static String line(String text, String field, int maxLength, Map<String, String> errors) {
        String value = text(text, field, maxLength, errors);
        if (value != null && !SingleLine.Validator.isSingleLine(value)) {
            errors.put(field, field + " contains a line break, tab or other control character");
            return null;
        }
        return value;
    }

    /** Only http and https: the portal shows these as links, and other schemes (javascript:) are not safe. */
    private static String url(String text, String field, Map<String, String> errors) {
        String url = text(text, field, Site.URL_LENGTH, errors);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.put(field, "malformed " + field.replace('_', ' ') + " '" + url + "' (expected an http or https address)");
        return null;
    }

    private static Double coordinate(String text, String field, double limit, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, "malformed " + field + " '" + text.strip() + "' (expected a number from -" + (int) limit
                + " to " + (int) limit + ")");
        return null;
    }
}
