package org.leadbureau.portal.sites.control;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * Which sites of the public directory to show: each part optional. The same filter drives the table, the map,
 * the summary and the downloads, and travels in the URL under the API's parameter names.
 */
public record SiteFilter(UsState state, SiteStatus status, String text, Integer launchedFrom, Integer launchedTo) implements Serializable {

    public static final SiteFilter ALL = new SiteFilter(null, null, null, null, null);
    private static final int MAX_TEXT = 200;

    public SiteFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The filter given by URL parameters ({@code state, status, q, launchedFrom, launchedTo}); blank means
     * "any".
     *
     * @throws InvalidInputException naming each parameter that is wrong
     */
    public static SiteFilter parse(String state, String status, String q, String launchedFrom, String launchedTo) {
        Map<String, Wording> errors = new LinkedHashMap<>();
        UsState parsedState = null;
        if (present(state)) {
            parsedState = UsState.fromCode(state);
            if (parsedState == null) {
                errors.put("state", Wording.of("sites.filter.state", state.strip()));
            }
        }
        SiteStatus parsedStatus = null;
        if (present(status)) {
            parsedStatus = SiteStatus.fromCode(status);
            if (parsedStatus == null) {
                errors.put("status", Wording.of("sites.filter.status", status.strip()));
            }
        }
        if (present(q) && TextLength.exceeds(q.strip(), MAX_TEXT)) {
            errors.put("q", Wording.of("sites.filter.text", MAX_TEXT));
        }
        Integer from = year(launchedFrom, "launchedFrom", errors);
        Integer to = year(launchedTo, "launchedTo", errors);
        if (from != null && to != null && from > to) {
            errors.put("launchedTo", Wording.of("sites.filter.yearsReversed"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.ofFields("sites.filter.invalid", errors);
        }
        return new SiteFilter(parsedState, parsedStatus, q, from, to);
    }

    /** The filter as URL query parameters (without "?"), empty when it filters nothing. */
    public String toQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (state != null) {
            parameters.put("state", state.name());
        }
        if (status != null) {
            parameters.put("status", status.name());
        }
        if (text != null) {
            parameters.put("q", text);
        }
        if (launchedFrom != null) {
            parameters.put("launchedFrom", launchedFrom.toString());
        }
        if (launchedTo != null) {
            parameters.put("launchedTo", launchedTo.toString());
        }
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The same filter for another state (null: any state). */
    public SiteFilter withState(UsState otherState) {
        return new SiteFilter(otherState, status, text, launchedFrom, launchedTo);
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Integer year(String value, String field, Map<String, Wording> errors) {
        if (!present(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.matches("\\d{4}")) {
            return Integer.valueOf(stripped);
        }
        errors.put(field, Wording.of("sites.filter.year", stripped));
        return null;
    }
}
