package org.leadbureau.portal.sites.entity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything staff or an import can say about a site, already checked (see SiteInputs in control). Optional
 * facts are null when unknown. Two sites with equal facts need no update.
 */
public record SiteFacts(String name, String jurisdiction, UsState state, SiteStatus status, LaunchDate launched,
                        String sourceUrl, String notes, String website, String organisation, String description,
                        ZoneId timeZone, Double latitude, Double longitude, LocalDate lastVerified) {

    public SiteFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A site needs a name");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Coordinates need both latitude and longitude");
        }
        if (timeZone == null) {
            timeZone = state.getDefaultZone();
        }
    }
}
