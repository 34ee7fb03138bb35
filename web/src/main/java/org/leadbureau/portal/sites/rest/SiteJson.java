package org.leadbureau.portal.sites.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadbureau.portal.sites.entity.LaunchDate;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * A site as {@code /api/sites} answers it: the CSV's facts under camel-case names, plus the slug and the page's
 * address. Facts a site lacks are written as null (and documented as nullable in /openapi); {@code statusHistory}
 * comes only with one site.
 */
public record SiteJson(String slug, String name, String url, @JsonbNillable @Schema(nullable = true) String jurisdiction,
                       UsState state, String stateName, SiteStatus status,
                       @JsonbNillable @Schema(nullable = true) String launched,
                       @JsonbNillable @Schema(nullable = true) String sourceUrl,
                       @JsonbNillable @Schema(nullable = true) String notes,
                       @JsonbNillable @Schema(nullable = true) String website,
                       @JsonbNillable @Schema(nullable = true) String organisation,
                       @JsonbNillable @Schema(nullable = true) String description, String timeZone,
                       @JsonbNillable @Schema(nullable = true) Double latitude,
                       @JsonbNillable @Schema(nullable = true) Double longitude,
                       @JsonbNillable @Schema(nullable = true) LocalDate lastVerified, List<StatusChange> statusHistory) {

    /** A change of status, oldest first (who recorded it is for staff only). */
    public record StatusChange(SiteStatus status, LocalDate effectiveOn, LaunchDate.Precision effectivePrecision,
                               @JsonbNillable @Schema(nullable = true) String note) {
    }

    /** A site as lists show it. */
    static SiteJson of(Site site) {
        return of(site, null);
    }

    /** One site with its status history. */
    static SiteJson detail(Site site) {
        return of(site, site.getHistory().stream().map(change -> new StatusChange(change.getStatus(),
                change.getEffectiveOn(), change.getEffectivePrecision(), change.getNote())).toList());
    }

    private static SiteJson of(Site site, List<StatusChange> history) {
        boolean located = site.isLocated();
        return new SiteJson(site.getSlug(), site.getName(), "/sites/" + site.getSlug(), site.getJurisdiction(),
                site.getState(), site.getState().getDisplayName(), site.getStatus(),
                site.getLaunched() == null ? null : site.getLaunched().iso(), site.getSourceUrl(), site.getNotes(),
                site.getWebsite(), site.getOrganisation(), site.getDescription(), site.getTimeZone(),
                located ? site.getLatitude() : null, located ? site.getLongitude() : null, site.getLastVerified(),
                history);
    }
}
