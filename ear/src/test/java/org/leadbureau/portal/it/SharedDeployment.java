package org.leadbureau.portal.it;

import java.io.IOException;
import java.nio.file.Path;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.UndeployDescription;

/**
 * Deploys the packaged EAR once for all {@link SharedPortal} classes of a run (each class deploying its own copy
 * cost about 10 s), and undeploys it when the run ends. {@link PortalRestarts} classes stop and start this same
 * deployment. Deployed through the management interface of the server Arquillian started.
 */
public final class SharedDeployment implements BeforeAllCallback {

    private static final String NAME = "portal.ear";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedDeployment.class);

    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        deploy();
        // Closed when the run ends, before Arquillian stops the server (the root store closes newest first).
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(NAME, name -> (ExtensionContext.Store.CloseableResource) SharedDeployment::withdraw);
    }

    /** Deploys the portal unless it is deployed: it starts as it would in production, on the data it finds. */
    public static synchronized void deploy() throws IOException {
        if (!deployed) {
            try (ModelControllerClient client = client()) {
                // Replaces a copy left by an aborted run of this server.
                DeploymentManager.create(client)
                        .forceDeploy(Deployment.of(Path.of(System.getProperty("portal.ear"))).setName(NAME))
                        .assertSuccess();
            }
            deployed = true;
        }
    }

    /** Undeploys the portal if it is deployed. */
    public static synchronized void withdraw() throws IOException {
        if (deployed) {
            try (ModelControllerClient client = client()) {
                DeploymentManager.create(client).undeploy(UndeployDescription.of(NAME)).assertSuccess();
            }
            deployed = false;
        }
    }

    /**
     * Sets (or, with null, removes) a system property of the server: MicroProfile Config reads system properties
     * before the environment, so a restart test can start the portal with another setting. Read at the next deploy.
     */
    static void systemProperty(String name, String value) throws IOException {
        ModelNode address = Operations.createAddress("system-property", name);
        try (ModelControllerClient client = client()) {
            client.execute(Operations.createRemoveOperation(address));
            if (value != null) {
                ModelNode add = Operations.createAddOperation(address);
                add.get("value").set(value);
                ModelNode result = client.execute(add);
                if (!Operations.isSuccessfulOutcome(result)) {
                    throw new IOException("Cannot set " + name + ": " + Operations.getFailureDescription(result));
                }
            }
        }
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create("localhost", 9990);
    }
}
