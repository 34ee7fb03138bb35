package org.leadbureau.portal.account.entity;

/** A staff role; {@link org.leadbureau.portal.platform.security.Roles} holds the same names as constants for {@code @RolesAllowed}. */
public enum Role {
    ADMIN, STAFF, TRAINER
}
