package org.leadbureau.portal.platform.health;

import java.util.Map;

/** The health of one part of the portal, with a few facts an operator can act on. */
public record ComponentHealth(boolean up, Map<String, Object> details) {

    public static ComponentHealth up(Map<String, Object> details) {
        return new ComponentHealth(true, Map.copyOf(details));
    }

    /** A failing part, named by its reason in words (never a stack trace). */
    public static ComponentHealth down(String reason) {
        return new ComponentHealth(false, Map.of("error", reason == null ? "unknown error" : reason));
    }

    public String status() {
        return up ? "UP" : "DOWN";
    }
}
