package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.OwnServer;

/**
 * PORTAL_LOG_FORMAT=json, read when the server starts (configure.cli switches the log handlers on the variable): the
 * server, started with it and nothing deployed, writes log/server.json.log as JSON lines, one object per record,
 * and its console in JSON too; the pattern server.log stops at the logging subsystem's start.
 */
class LogFormatIT {

    private static final String STARTED = "WFLYSRV0025";

    @Test
    void withJsonTheServerLogIsJsonLines() throws Exception {
        List<String> lines;
        try (OwnServer server = OwnServer.withoutPortal("json-log-server", Map.of("PORTAL_LOG_FORMAT", "json"))) {
            server.start();
            Path log = server.base().resolve("log");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (!read(log.resolve("server.json.log")).contains(STARTED)) {
                assertTrue(Instant.now().isBefore(deadline), "the server never started:\n" + server.consoleTail());
                assertFalse(server.endsWithin(Duration.ofMillis(250)), "the server ended:\n" + server.consoleTail());
            }
            assertTrue(server.stop(), "the server stops");
            lines = Files.readAllLines(log.resolve("server.json.log"), StandardCharsets.UTF_8);
            assertFalse(read(log.resolve("server.log")).contains(STARTED), "the pattern log is off once the subsystem runs");
            assertTrue(server.console().lines().anyMatch(line -> line.startsWith("{") && line.contains(STARTED)),
                    "the console is JSON:\n" + server.consoleTail());
        }
        assertTrue(lines.size() > 10, "records written: " + lines.size());
        for (String line : lines) {
            JsonObject record = parse(line);
            for (String member : List.of("timestamp", "level", "loggerName", "message")) {
                assertTrue(record.containsKey(member), member + " in " + line);
            }
        }
        assertTrue(lines.stream().anyMatch(line -> parse(line).getString("message").startsWith(STARTED)));
    }

    private static JsonObject parse(String line) {
        try {
            return Json.createReader(new StringReader(line)).readObject();
        } catch (JsonParsingException e) {
            return fail("not a JSON object: " + line);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
