package org.leadbureau.portal.account.entity;

/** A staff role; {@link Roles} holds the same names as constants for {@code @RolesAllowed}. */
public enum Role {
    ADMIN, STAFF, TRAINER
}
