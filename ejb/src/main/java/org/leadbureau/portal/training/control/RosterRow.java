package org.leadbureau.portal.training.control;

import java.io.Serializable;
import org.leadbureau.portal.training.entity.Registration;

/** One line of a roster: the registration and, when waitlisted, its place in line (1 is next). */
public final class RosterRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Registration registration;
    private final Integer position;

    public RosterRow(Registration registration, Integer position) {
        this.registration = registration;
        this.position = position;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Integer getPosition() {
        return position;
    }
}
