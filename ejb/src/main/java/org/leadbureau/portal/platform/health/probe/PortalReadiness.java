package org.leadbureau.portal.platform.health.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal's database and search index in the server's readiness probe ({@code /health/ready} on the management
 * interface), as the check named {@code portal}. WildFly reads MicroProfile Health checks from an EAR's own bean
 * archive only, not from its modules (WFLY-12835): this class is packed into the EAR's lib/ and reaches the checks
 * in the portal's EJB module through their local interface.
 */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {

    /** Global: the server calls the probe on its own threads, where the application's java:app is not bound. */
    static final String CHECKS = "java:global/portal/portal-ejb/HealthCheck!" + PortalChecks.class.getName();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("portal");
        Map<String, PortalChecks.Part> parts;
        try {
            parts = ((PortalChecks) new InitialContext().lookup(CHECKS)).parts();
        } catch (NamingException | RuntimeException e) {
            return response.down().withData("portal", "not started: " + e.getClass().getSimpleName()).build();
        }
        boolean up = true;
        for (var part : parts.entrySet()) {
            up &= part.getValue().up();
            response.withData(part.getKey(), part.getValue().up() ? "UP" : "DOWN");
            part.getValue().data().forEach((name, value) -> response.withData(part.getKey() + "." + name, value));
        }
        return response.status(up).build();
    }
}
