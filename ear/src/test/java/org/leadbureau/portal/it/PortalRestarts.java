package org.leadbureau.portal.it;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * For tests of what happens when the portal starts (seed imports, the first administrator, index rebuilds): they
 * deploy and undeploy the portal themselves, with the database in whatever state they prepared.
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
}
