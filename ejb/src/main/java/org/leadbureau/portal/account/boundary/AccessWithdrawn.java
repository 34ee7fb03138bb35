package org.leadbureau.portal.account.boundary;

/**
 * Fired (synchronously, in the same transaction) when an account is deactivated or its password is forcibly reset,
 * so that features holding their own credentials for it (e.g. a trainer's calendar feed link) revoke them too.
 */
public record AccessWithdrawn(long userId) {
}
