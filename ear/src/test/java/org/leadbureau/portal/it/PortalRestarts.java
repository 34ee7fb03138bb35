package org.leadbureau.portal.it;

import java.io.IOException;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * For tests of what happens when the portal starts (seed imports, the first administrator, index rebuilds): they
 * deploy and undeploy the portal themselves, with the database in whatever state they prepared, so the shared
 * deployment steps aside for them (and they run after the other classes, see {@link Last}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalRestarts {

    protected static final String PORTAL = "portal";

    @ArquillianResource
    protected Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    public static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @BeforeAll
    static void withdrawSharedPortal() throws IOException {
        SharedDeployment.withdraw();
    }

    /**
     * The class order of the run (junit-platform.properties): restart tests last, so that the shared portal is
     * deployed once rather than again after each of them.
     */
    public static final class Last implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing(
                    (ClassDescriptor descriptor) -> PortalRestarts.class.isAssignableFrom(descriptor.getTestClass())));
        }
    }
}
