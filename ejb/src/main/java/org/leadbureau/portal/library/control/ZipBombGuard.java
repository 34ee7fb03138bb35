package org.leadbureau.portal.library.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip container (DOCX) as a stream, keeping nothing, before any parser sees it: a file whose
 * content inflates past a bound, or far past its own size, is refused while memory use stays constant.
 */
final class ZipBombGuard {

    /** Ten times the largest upload: more than any genuine document of ours inflates to. */
    static final long MAX_INFLATED = 250L * 1024 * 1024;
    /** Text compresses about ten to one; a hundred to one over some megabytes is a bomb, not a document. */
    static final long MAX_RATIO = 100;
    private static final long RATIO_GRACE = 10L * 1024 * 1024;

    private ZipBombGuard() {
    }

    /** Whether {@code zip} inflates within bounds; unreadable containers are left for the parser to refuse. */
    static boolean inflatesSafely(byte[] zip) {
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    inflated += read;
                    if (inflated > MAX_INFLATED || (inflated > RATIO_GRACE && inflated / zip.length > MAX_RATIO)) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            return true;
        }
        return true;
    }
}
