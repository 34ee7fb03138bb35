package org.leadbureau.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Counts the SQL statements the server prepares, from Hibernate's statistics as WildFly's management interface
 * shows them (the jpa subsystem's {@code hibernate-persistence-unit} of the deployment). The test switches the
 * statistics on through the same interface, so the portal needs neither a setting nor an endpoint for this.
 */
public final class Statements {

    private static ModelNode unit;
    /** One connection for the run: a counted list reads the statistics six times, and each connection costs. */
    private static ModelControllerClient client;

    private Statements() {
    }

    /**
     * The statements prepared while {@code action} ran: the fewest of three runs, so that a scheduled job (the
     * outbox sender polls every few seconds) that happens to run meanwhile is not counted.
     */
    public static long during(Runnable action) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = prepared();
            action.run();
            fewest = Math.min(fewest, prepared() - before);
        }
        return fewest;
    }

    private static synchronized long prepared() {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").set(unit());
        read.get("name").set("prepared-statement-count");
        return execute(read).asLong();
    }

    /** The persistence unit's address; on first use its statistics are switched on. */
    private static ModelNode unit() {
        if (unit == null) {
            ModelNode find = new ModelNode();
            find.get("operation").set("read-resource");
            find.get("address").add("deployment", "*").add("subdeployment", "*").add("subsystem", "jpa")
                    .add("hibernate-persistence-unit", "*");
            ModelNode found = execute(find).asList().stream()
                    .filter(result -> "success".equals(result.get("outcome").asString()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No persistence unit is deployed"));
            ModelNode enable = new ModelNode();
            enable.get("operation").set("write-attribute");
            enable.get("address").set(found.get("address"));
            enable.get("name").set("statistics-enabled");
            enable.get("value").set(true);
            execute(enable);
            unit = found.get("address");
        }
        return unit;
    }

    private static synchronized ModelNode execute(ModelNode operation) {
        try {
            if (client == null) {
                client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990);
                ModelControllerClient opened = client;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        opened.close();
                    } catch (IOException ignored) {
                        // The run is over either way.
                    }
                }));
            }
            ModelNode answer = client.execute(operation);
            if (!"success".equals(answer.get("outcome").asString())) {
                throw new IllegalStateException(operation + " failed: " + answer);
            }
            return answer.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
