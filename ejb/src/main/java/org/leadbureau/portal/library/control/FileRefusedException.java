package org.leadbureau.portal.library.control;

import jakarta.ejb.ApplicationException;

/** An uploaded file the library will not take, with the reason in words the uploader understands. */
@ApplicationException(rollback = true)
public class FileRefusedException extends RuntimeException {

    /** Why a file is refused; each reason maps to one HTTP status at the API. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        TYPE_MISMATCH,
        ENCRYPTED,
        CORRUPT,
        SUSPICIOUS_COMPRESSION,
        TOO_MUCH_TEXT,
        TOO_SLOW
    }

    private final Reason reason;

    public FileRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
