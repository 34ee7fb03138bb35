package org.leadbureau.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A WildFly process of a test's own, beside the one Arquillian runs: the same server installation and configuration,
 * its own base directory (log, deployments) and data directory, every port 100 higher, and the portal deployed by the
 * deployment scanner at boot. For what Arquillian cannot do to its server: kill it (SIGKILL), or start it with
 * settings of the test's choosing. The environment is the test JVM's (the failsafe settings), changed as given.
 */
public final class OwnServer implements AutoCloseable {

    public static final int PORT_OFFSET = 100;

    private final Path base;
    private final Map<String, String> environment;
    private final List<String> unset;
    private Process process;

    private OwnServer(Path base, Map<String, String> environment, List<String> unset) {
        this.base = base;
        this.environment = environment;
        this.unset = unset;
    }

    /**
     * A fresh base directory {@code target/<name>} with the test server's configuration and the packaged portal;
     * {@code environment} adds or replaces settings, {@code unset} removes inherited ones.
     */
    public static OwnServer prepare(String name, Map<String, String> environment, List<String> unset) {
        return prepare(name, environment, unset, true);
    }

    /** The same server with nothing deployed: for what the server itself does (its log), started in seconds. */
    public static OwnServer withoutPortal(String name, Map<String, String> environment) {
        return prepare(name, environment, List.of(), false);
    }

    private static OwnServer prepare(String name, Map<String, String> environment, List<String> unset, boolean portal) {
        Path ear = Path.of(System.getProperty("portal.ear"));
        Path base = ear.getParent().resolve(name);
        try {
            deleteTree(base);
            Path configuration = base.resolve("configuration");
            Files.createDirectories(configuration);
            try (Stream<Path> files = Files.list(Path.of(System.getProperty("jboss.home"), "standalone", "configuration"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, configuration.resolve(file.getFileName()));
                }
            }
            // Without the deployments the test server has made through its management interface: this server
            // deploys the portal from its deployments directory.
            Path config = configuration.resolve("standalone.xml");
            Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
            Files.createDirectories(base.resolve("deployments"));
            if (portal) {
                Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OwnServer(base, environment, unset);
    }

    /** A directory next to the base directory, emptied, e.g. for the server's PORTAL_DATA_DIR. */
    public static Path freshDirectory(String name) {
        Path directory = Path.of(System.getProperty("portal.ear")).getParent().resolve(name);
        try {
            deleteTree(directory);
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path base() {
        return base;
    }

    /** Starts the server process; its console goes to {@code console.log} in the base directory (appended). */
    public void start() {
        List<String> command = StandaloneCommandBuilder.of(Path.of(System.getProperty("jboss.home")))
                .setBaseDirectory(base)
                .addJavaOptions("-Xms256m", "-Xmx768m")
                .addServerArgument("-Djboss.socket.binding.port-offset=" + PORT_OFFSET)
                .build();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        unset.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the portal answers {@code /api/health} with 200; fails with the log's end if it never does. */
    public void awaitHealthy(Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The server ended (" + process.exitValue() + "):\n" + consoleTail());
            }
            try {
                if (client.send(HttpRequest.newBuilder(uri("/api/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The portal was not healthy within " + within + ":\n" + consoleTail());
    }

    /** Whether the process has ended within the time given. */
    public boolean endsWithin(Duration time) throws InterruptedException {
        return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: the process ends at once, nothing flushed, no shutdown hook run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGTERM, which WildFly answers with an orderly shutdown; SIGKILL if that takes over a minute.
     *
     * @return whether the server ended on SIGTERM alone
     */
    public boolean stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        if (process.waitFor(60, TimeUnit.SECONDS)) {
            return true;
        }
        kill();
        return false;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + (8080 + PORT_OFFSET) + path);
    }

    /** The last 60 lines the server wrote to its console. */
    public String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(base.resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no console log: " + e + ")";
        }
    }

    /** Everything the server wrote to its console. */
    public String console() throws IOException {
        return Files.readString(base.resolve("console.log"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
