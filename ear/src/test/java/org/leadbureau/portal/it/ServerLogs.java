package org.leadbureau.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a server wrote to its log after a moment, given as the log's size then ({@link Files#size}). */
public final class ServerLogs {

    private ServerLogs() {
    }

    public static String since(Path log, long offset) {
        try {
            byte[] logged = Files.readAllBytes(log);
            return new String(logged, (int) offset, logged.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
