package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.leadbureau.portal.account.boundary.Accounts;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.time.Zones;
import org.omnifaces.util.Faces;

/**
 * How staff pages write an instant (audit log, outbox, accounts, inquiries, histories): in words, in the zone the
 * signed-in person chose on their account (the Bureau's zone otherwise), with the zone named, so that nobody reads
 * a raw ISO string or has to convert from UTC.
 */
@Named
@RequestScoped
public class StaffTimes {

    @Inject
    Accounts accounts;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            zone = Faces.getRemoteUser() == null ? PortalConfig.bureauZone() : accounts.myTimeZone();
        }
        return zone;
    }

    /** The zones a page offers to show or enter times in: the usual ones, with the person's own first when it is another. */
    public List<String> getZones() {
        String own = getZone().getId();
        return Zones.VIEWER_ZONES.contains(own) ? Zones.VIEWER_ZONES
                : Stream.concat(Stream.of(own), Zones.VIEWER_ZONES.stream()).toList();
    }

    /** "Pacific Time (America/Los_Angeles)". */
    public String getZoneName() {
        return EventTimes.zoneName(getZone());
    }

    /** "Tue, Dec 1, 2026, 2:03 AM PST", or nothing for no time. */
    public String at(Instant instant) {
        return instant == null ? "" : EventTimes.shortDateTime(instant, getZone());
    }

    /** "Tuesday, December 1, 2026, 2:03 AM PST", or nothing for no time. */
    public String full(Instant instant) {
        return instant == null ? "" : EventTimes.dateTime(instant, getZone());
    }
}
