package org.leadbureau.portal.training.control;

import java.util.Comparator;
import java.util.List;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;

/**
 * The seat rules: first come, first served. While fewer than {@code capacity} registrations are confirmed a new
 * one is confirmed, otherwise it joins the end of the waitlist; freed or added seats go to the waitlist in order.
 */
public final class Seats {

    /** Waitlist order: who arrived first. */
    public static final Comparator<Registration> WAITLIST_ORDER = Comparator.comparing(Registration::getWaitlistNumber);

    private Seats() {
    }

    public static RegistrationStatus admit(int capacity, long confirmed) {
        return confirmed < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    }

    public static long left(int capacity, long confirmed) {
        return Math.max(0, capacity - confirmed);
    }

    /** Who gets the free seats: the first {@link #left} of the waitlist, in waitlist order. */
    public static List<Registration> toPromote(int capacity, long confirmed, List<Registration> waitlist) {
        return waitlist.stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(WAITLIST_ORDER)
                .limit(left(capacity, confirmed))
                .toList();
    }
}
