package org.leadbureau.portal.platform.health.probe;

import java.util.Map;

/**
 * The portal's own health checks (database, search index) as the readiness probe reads them: each part, whether it
 * is up, and what it reports. Lives in the EAR's lib/ with the probe, so both the probe and the portal's module see it.
 */
public interface PortalChecks {

    /** Each part by name: up or not, and its facts or the reason it is down. */
    Map<String, Part> parts();

    /** One part's state. */
    record Part(boolean up, Map<String, String> data) {
    }
}
