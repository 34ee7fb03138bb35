package org.leadbureau.portal.training.boundary;

import org.leadbureau.portal.training.entity.RegistrationStatus;

/** The result of registering: confirmed, or waitlisted at {@code position} (null when confirmed). */
public record RegistrationOutcome(RegistrationStatus status, Integer position, String manageToken) {
}
