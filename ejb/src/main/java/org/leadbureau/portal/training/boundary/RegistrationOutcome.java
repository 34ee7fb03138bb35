package org.leadbureau.portal.training.boundary;

import org.leadbureau.portal.training.entity.RegistrationStatus;

/**
 * The result of registering: confirmed, or waitlisted at {@code position} (null when confirmed), and the address
 * the confirmation went to.
 */
public record RegistrationOutcome(RegistrationStatus status, Integer position, String manageToken, String email) {
}
