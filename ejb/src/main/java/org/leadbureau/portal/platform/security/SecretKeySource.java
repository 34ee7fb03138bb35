package org.leadbureau.portal.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where the portal's secret key comes from: PORTAL_SECRET_KEY, or else a key file in the data directory, made at
 * the first start of a single node. Several nodes must share one key, so they set PORTAL_SECRET_KEY.
 */
public final class SecretKeySource {

    public static final String FILE_NAME = "secret.key";

    private SecretKeySource() {
    }

    /** The key, and whether it was generated just now (then the caller says so in the log). */
    public record Key(SecretBox box, boolean generated, String origin) {
    }

    public static Key load(Optional<String> configured, Path dataDirectory) {
        if (configured.isPresent()) {
            return new Key(box(configured.get(), "PORTAL_SECRET_KEY"), false, "PORTAL_SECRET_KEY");
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return new Key(box(Files.readString(file, StandardCharsets.US_ASCII), file.toString()), false,
                        file.toString());
            }
            Files.createDirectories(dataDirectory);
            String key = SecretBox.newKey();
            Files.writeString(createOwnerOnly(file), key + "\n", StandardCharsets.US_ASCII);
            return new Key(SecretBox.fromBase64(key), true, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the portal's secret key file " + file, e);
        }
    }

    /**
     * The check value the database is to keep for this key: its own, when the database has none yet (empty) or the
     * same; a database whose secrets another key sealed is refused, saying which key it needs.
     */
    public static String verify(Key key, String storedCheck) {
        String own = key.box().checkValue();
        if (storedCheck.isEmpty() || storedCheck.equals(own)) {
            return own;
        }
        throw new IllegalStateException("The portal's secret key (from " + key.origin() + ") is not the key this"
                + " database's secrets were encrypted with. Start with the key used before: PORTAL_SECRET_KEY, or the "
                + FILE_NAME + " file of the data directory (from the backup, or from the node that started first;"
                + " nodes sharing a database need the same PORTAL_SECRET_KEY).");
    }

    private static SecretBox box(String encoded, String origin) {
        try {
            return SecretBox.fromBase64(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    /** The file readable by the server's user alone, from the moment it exists. */
    private static Path createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }
}
