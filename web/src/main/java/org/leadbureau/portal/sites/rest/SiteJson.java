package org.leadbureau.portal.sites.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.sites.control.PlannedRow;
import org.leadbureau.portal.sites.control.Rejection;
import org.leadbureau.portal.sites.control.SiteImportReport;
import org.leadbureau.portal.sites.entity.Site;

/** The API's JSON for sites: the CSV's facts under camel-case names, plus the slug and the page's address. */
final class SiteJson {

    private SiteJson() {
    }

    static JsonObjectBuilder site(Site site) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", site.getSlug())
                .add("name", site.getName())
                .add("url", "/sites/" + site.getSlug());
        text(json, "jurisdiction", site.getJurisdiction());
        json.add("state", site.getState().name()).add("stateName", site.getState().getDisplayName())
                .add("status", site.getStatus().name());
        text(json, "launched", site.getLaunched() == null ? null : site.getLaunched().iso());
        text(json, "sourceUrl", site.getSourceUrl());
        text(json, "notes", site.getNotes());
        text(json, "website", site.getWebsite());
        text(json, "organisation", site.getOrganisation());
        text(json, "description", site.getDescription());
        json.add("timeZone", site.getTimeZone());
        if (site.isLocated()) {
            json.add("latitude", site.getLatitude()).add("longitude", site.getLongitude());
        } else {
            json.addNull("latitude").addNull("longitude");
        }
        text(json, "lastVerified", site.getLastVerified() == null ? null : site.getLastVerified().toString());
        return json;
    }

    /** One site with its status history, oldest first (who recorded each change is for staff only). */
    static JsonObject detail(Site site) {
        JsonArrayBuilder history = Json.createArrayBuilder();
        site.getHistory().forEach(change -> {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("status", change.getStatus().name())
                    .add("effectiveOn", change.getEffectiveOn().toString())
                    .add("effectivePrecision", change.getEffectivePrecision().name());
            text(entry, "note", change.getNote());
            history.add(entry);
        });
        return site(site).add("statusHistory", history).build();
    }

    /** A GeoJSON (RFC 7946) feature of a site with coordinates, longitude first; empty for one without. */
    static Optional<JsonObject> feature(Site site) {
        if (!site.isLocated()) {
            return Optional.empty();
        }
        return Optional.of(Json.createObjectBuilder()
                .add("type", "Feature")
                .add("geometry", Json.createObjectBuilder().add("type", "Point")
                        .add("coordinates", Json.createArrayBuilder().add(site.getLongitude()).add(site.getLatitude())))
                .add("properties", site(site).remove("latitude").remove("longitude"))
                .build());
    }

    static JsonObject report(SiteImportReport report) {
        JsonArrayBuilder rejected = Json.createArrayBuilder();
        for (Rejection rejection : report.rejected()) {
            rejected.add(Json.createObjectBuilder().add("line", rejection.line()).add("name", rejection.name())
                    .add("reason", rejection.reason()));
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (PlannedRow row : report.rows()) {
            rows.add(Json.createObjectBuilder().add("line", row.line()).add("name", row.name())
                    .add("slug", row.slug()).add("action", row.action().name()));
        }
        return Json.createObjectBuilder().add("created", report.created()).add("updated", report.updated())
                .add("unchanged", report.unchanged()).add("rejected", rejected).add("rows", rows).build();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
