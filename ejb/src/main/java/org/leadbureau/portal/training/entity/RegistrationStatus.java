package org.leadbureau.portal.training.entity;

/** Where a registration stands. CONFIRMED and WAITLISTED are "live": one per e-mail address per training. */
public enum RegistrationStatus {
    CONFIRMED("Confirmed"),
    WAITLISTED("Waitlisted"),
    CANCELLED("Cancelled"),
    ATTENDED("Attended");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isLive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
