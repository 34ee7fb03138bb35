package org.leadbureau.portal.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * The cluster of the README's "Running as a cluster", started once for the cluster suite by the same script the
 * command runs (src/main/cluster/cluster.sh, on the build's server, EAR and OpenSearch and the suite's MariaDB), with GreenMail
 * as the nodes' SMTP server. Test classes name it with {@code @ExtendWith(Cluster.class)} and reach it through
 * {@link #running()}; it stops when the run ends.
 */
public final class Cluster implements BeforeAllCallback {

    /** The two nodes, by the name the script gives them (also their route in JSESSIONID). */
    public static final List<String> NODES = List.of("node1", "node2");
    public static final URI BALANCER = URI.create("http://127.0.0.1:8080");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Cluster.class);
    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, type -> start());
    }

    public static Running running() {
        return running;
    }

    private static synchronized Running start() {
        Path target = Path.of(System.getProperty("portal.ear")).getParent();
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("portal.smtp.port"), null, ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path work = target.resolve("cluster-it");
        ProcessBuilder launcher = new ProcessBuilder("bash", System.getProperty("cluster.script"),
                System.getProperty("jboss.home"), System.getProperty("portal.ear"), work.toString(),
                target.resolve("cluster-it-data").toString(), System.getProperty("opensearch.home"),
                System.getProperty("opensearch.analysis"), System.getProperty("java.home"))
                .redirectErrorStream(true)
                .redirectOutput(target.resolve("cluster-it.log").toFile());
        // The suite's settings (failsafe's environment), and a fresh key and data for this run.
        launcher.environment().remove("PORTAL_SECRET_KEY");
        launcher.environment().putAll(Map.of("PORTAL_REGISTRATION_LIMITS", "1000/PT1H,10000/PT1H"));
        try {
            deleteTree(target.resolve("cluster-it-data"));
            running = new Running(launcher.start(), work, target.resolve("cluster-it-data"), target.resolve("cluster-it.log"),
                    mail);
            try {
                running.awaitReady(Duration.ofMinutes(6));
            } catch (AssertionError notReady) {
                // Nothing of it may outlive the run: its ports are other runs' too.
                running.close();
                throw notReady;
            }
            return running;
        } catch (IOException e) {
            mail.stop();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The started cluster: its nodes' addresses, their processes, and the mail they sent. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {

        private final Process launcher;
        private final Path work;
        private final Path data;
        private final Path log;
        private final GreenMail mail;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        private Running(Process launcher, Path work, Path data, Path log, GreenMail mail) {
            this.launcher = launcher;
            this.work = work;
            this.data = data;
            this.log = log;
            this.mail = mail;
        }

        /** A node's own HTTP address (port offsets 100 and 200). */
        public URI node(String name) {
            return URI.create("http://127.0.0.1:" + (8080 + 100 * (NODES.indexOf(name) + 1)));
        }

        /** A node's PORTAL_DATA_DIR, which outlives its restarts. */
        public Path dataDirectory(String node) {
            return data.resolve(node);
        }

        /** A node's server.log, which its restarts append to. */
        public Path serverLog(String node) {
            return work.resolve(node).resolve("log").resolve("server.log");
        }

        public GreenMail mail() {
            return mail;
        }

        /** The node a session lives on: the route WildFly appends to its id ("….node1"). */
        public static String nodeOf(String sessionId) {
            return sessionId.substring(sessionId.lastIndexOf('.') + 1);
        }

        /** SIGKILL to a node's Java process: it ends at once, nothing flushed, no goodbye to the others. */
        public void kill(String node) throws IOException, InterruptedException {
            long pid = Long.parseLong(Files.readString(work.resolve(node).resolve("server.pid")).strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                process.get().destroyForcibly();
                while (process.get().isAlive()) {
                    Thread.sleep(20);
                }
            }
        }

        /** Has the script start every stopped node again and waits until the whole cluster answers. */
        public void revive() throws IOException, InterruptedException {
            new ProcessBuilder("kill", "-USR1", Long.toString(launcher.pid())).inheritIO().start().waitFor();
            awaitReady(Duration.ofMinutes(4));
        }

        /**
         * Both nodes and the balancer answer /api/health with 200, and the balancer sends new sessions to both nodes
         * (a node that registered again is not chosen before its first status report).
         */
        void awaitReady(Duration within) throws InterruptedException {
            Instant deadline = Instant.now().plus(within);
            Set<String> routed = new HashSet<>();
            while (!(healthy(node("node1")) && healthy(node("node2")) && healthy(BALANCER) && routesTo(routed))) {
                if (!launcher.isAlive()) {
                    throw new AssertionError("The cluster script ended (" + launcher.exitValue() + "):\n" + logTail());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The cluster was not ready within " + within + ":\n" + logTail());
                }
                Thread.sleep(500);
            }
        }

        /**
         * Signs in through the balancer (the sign-in page alone opens no session) and notes the node of the session;
         * true once both nodes have been given one.
         */
        private boolean routesTo(Set<String> routed) {
            try {
                StaffSession session = new StaffSession();
                if (session.signIn(StaffAccounts.ADMIN.email(), StaffAccounts.ADMIN.password(), null).statusCode() == 302) {
                    session.sessionId().ifPresent(id -> routed.add(nodeOf(id)));
                }
            } catch (UncheckedIOException notYet) {
                return false;
            }
            return routed.containsAll(NODES);
        }

        private boolean healthy(URI server) throws InterruptedException {
            try {
                return client.send(HttpRequest.newBuilder(server.resolve("/api/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }

        private String logTail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        /** SIGTERM to the script, which stops what it started (Ctrl-C does the same). */
        @Override
        public void close() throws InterruptedException {
            launcher.destroy();
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
            }
            mail.stop();
        }
    }
}
