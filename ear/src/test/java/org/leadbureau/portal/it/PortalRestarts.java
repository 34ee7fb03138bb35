package org.leadbureau.portal.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * For tests of what happens when the portal starts (seed imports, the first administrator, index rebuilds): they
 * find the shared portal running, and stop and start it with the data in whatever state they prepared while it was
 * down. They run after the other classes (see {@link Last}), so that no other class sees their restarts.
 */
@SharedPortal
public abstract class PortalRestarts {

    /** What a test does while the portal is down. */
    @FunctionalInterface
    protected interface WhileDown {
        void run() throws Exception;
    }

    /** Stops the portal, does {@code whileDown}, and starts the portal again (also when {@code whileDown} fails). */
    protected static void restart(WhileDown whileDown) throws Exception {
        SharedDeployment.withdraw();
        try {
            whileDown.run();
        } finally {
            SharedDeployment.deploy();
        }
    }

    /**
     * Like {@link #restart(WhileDown)}, starting the portal with a setting other than the test server's environment
     * gives (as a server system property, which MicroProfile Config reads first). The setting stays until
     * {@link #clearSetting} and counts at every later start.
     */
    protected static void restartWith(String setting, String value, WhileDown whileDown) throws Exception {
        restart(() -> {
            SharedDeployment.systemProperty(setting, value);
            whileDown.run();
        });
    }

    /** Removes a setting {@link #restartWith} gave; the portal keeps it until it starts again. */
    protected static void clearSetting(String setting) throws Exception {
        SharedDeployment.systemProperty(setting, null);
    }

    /** Stops the portal and starts it again on the same data. */
    protected static void restart() throws Exception {
        restart(() -> { });
    }

    /** The class order of the run (junit-platform.properties): restart tests last. */
    public static final class Last implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing(
                    (ClassDescriptor descriptor) -> PortalRestarts.class.isAssignableFrom(descriptor.getTestClass())));
        }
    }
}
