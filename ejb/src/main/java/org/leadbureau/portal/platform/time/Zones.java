package org.leadbureau.portal.platform.time;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Time zones as people type them into forms. */
public final class Zones {

    private Zones() {
    }

    /** The zone with this name (e.g. "America/Chicago"), or null when there is none. */
    public static ZoneId parse(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
