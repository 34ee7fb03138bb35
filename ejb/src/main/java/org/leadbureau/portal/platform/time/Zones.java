package org.leadbureau.portal.platform.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Time zones as people type them into forms. */
public final class Zones {

    /** The zones pages offer for showing times in, west to east of the US and UTC; the first is the default. */
    public static final List<String> VIEWER_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "UTC");

    private Zones() {
    }

    /** Every zone named by a region ("America/Chicago", "Europe/Riga") and UTC, A to Z: what a person may live in. */
    public static List<String> regionZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equals("UTC") || id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
                .sorted().toList();
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
