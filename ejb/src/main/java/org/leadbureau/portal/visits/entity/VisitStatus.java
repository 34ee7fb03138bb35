package org.leadbureau.portal.visits.entity;

import java.util.Set;

/**
 * Where a visit stands: REQUESTED → PROPOSED → CONFIRMED → COMPLETED, or CANCELLED. The first three hold the
 * trainers' time; cancelled and completed visits do not.
 */
public enum VisitStatus {
    REQUESTED("Requested"), PROPOSED("Proposed"), CONFIRMED("Confirmed"), COMPLETED("Completed"), CANCELLED("Cancelled");

    public static final Set<VisitStatus> BLOCKING = Set.of(REQUESTED, PROPOSED, CONFIRMED);

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isBlocking() {
        return BLOCKING.contains(this);
    }

    /** Whether a visit in this status may move to {@code next}. */
    public boolean canBecome(VisitStatus next) {
        return switch (next) {
            case REQUESTED -> false;
            case PROPOSED -> this == REQUESTED;
            case CONFIRMED -> this == REQUESTED || this == PROPOSED;
            case COMPLETED -> this == CONFIRMED;
            case CANCELLED -> isBlocking();
        };
    }

    /** Whether the people involved have been sent an invitation for the visit in this status. */
    public boolean isInvited() {
        return this == PROPOSED || this == CONFIRMED;
    }
}
