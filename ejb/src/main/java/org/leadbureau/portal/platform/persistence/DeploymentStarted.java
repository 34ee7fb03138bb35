package org.leadbureau.portal.platform.persistence;

import jakarta.ejb.Stateless;

/**
 * Scheduled work calls {@link #await} before it touches the database. A timer can fire while the deployment is
 * still migrating a fresh schema; had it read or locked a table first, its transaction would hold the lock a
 * migration waits for, while its next call to an enterprise bean waits for the deployment to finish starting, and
 * neither would ever go on. A call to an enterprise bean is held until the startup singletons (the migrations among
 * them) have run, so returning from this one means the schema is ready.
 */
@Stateless
public class DeploymentStarted {

    /** Returns once the deployment has started. */
    public void await() {
        // Reaching this body is the point: the container holds the call until startup is over.
    }
}
