package org.leadbureau.portal.platform.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The portal is up only when every part is. */
public record HealthReport(Map<String, ComponentHealth> components) {

    public HealthReport {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    public boolean up() {
        return components.values().stream().allMatch(ComponentHealth::up);
    }

    public String status() {
        return up() ? "UP" : "DOWN";
    }
}
