package org.leadbureau.portal.it;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rate-limit counts of the public forms (table {@code form_submission}, one name per form: inquiry-intake,
 * registration-intake, password-reset). Tests empty them, or fill them up to a limit instead of posting that often.
 */
public final class FormCounts {

    private FormCounts() {
    }

    public static void clear(String form) throws SQLException {
        Database.update("delete from form_submission where form = ?", form);
    }

    /** Records {@code count} accepted submissions from {@code address}, made ten minutes ago. */
    public static void fill(String form, String address, int count) throws SQLException {
        if (count == 0) {
            return;
        }
        // Stored as UTC wall time, as the portal stores instants.
        Timestamp tenMinutesAgo = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(10));
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parameters.addAll(List.of(form, address, tenMinutesAgo));
        }
        Database.update("insert into form_submission (form, client_address, submitted_at, accepted) values "
                + String.join(", ", Collections.nCopies(count, "(?, ?, ?, TRUE)")), parameters.toArray());
    }
}
