package org.leadbureau.portal.platform.security;

/** The staff roles, as constants so that {@code @RolesAllowed} can name them. */
public final class Roles {

    /** Accounts, settings, audit, everything. */
    public static final String ADMIN = "ADMIN";
    /** Inquiries, trainings, library, directory. */
    public static final String STAFF = "STAFF";
    /** Site visits, their own calendar; read access to sites and inquiries assigned to them. */
    public static final String TRAINER = "TRAINER";

    private Roles() {
    }
}
