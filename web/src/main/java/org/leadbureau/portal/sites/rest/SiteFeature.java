package org.leadbureau.portal.sites.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.sites.entity.Site;

/**
 * A GeoJSON (RFC 7946) feature of a site with coordinates: a point, longitude first, and as properties the site as
 * {@link SiteJson} has it less the coordinates, which the geometry already gives.
 */
public record SiteFeature(String type, Point geometry, SiteJson properties) {

    public record Point(String type, List<Double> coordinates) {
    }

    /** Writes features as the export streams them: the properties without latitude and longitude. */
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withPropertyVisibilityStrategy(new WithoutCoordinates()));

    static Optional<SiteFeature> of(Site site) {
        if (!site.isLocated()) {
            return Optional.empty();
        }
        return Optional.of(new SiteFeature("Feature",
                new Point("Point", List.of(site.getLongitude(), site.getLatitude())), SiteJson.of(site)));
    }

    private static final class WithoutCoordinates implements PropertyVisibilityStrategy {

        private static final Set<String> COORDINATES = Set.of("latitude", "longitude");

        @Override
        public boolean isVisible(Field field) {
            return !(field.getDeclaringClass() == SiteJson.class && COORDINATES.contains(field.getName()));
        }

        @Override
        public boolean isVisible(Method method) {
            return !(method.getDeclaringClass() == SiteJson.class && COORDINATES.contains(method.getName()));
        }
    }
}
