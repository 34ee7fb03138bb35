package org.leadbureau.portal.training.entity;

/** Where a registration stands. CONFIRMED and WAITLISTED are "live": one per e-mail address per training. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    ATTENDED;

    public boolean isLive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
