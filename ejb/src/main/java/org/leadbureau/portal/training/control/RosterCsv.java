package org.leadbureau.portal.training.control;

import static org.leadbureau.portal.platform.csv.FormulaCells.neutralise;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leadbureau.portal.training.entity.Registration;

/** The roster as CSV (UTF-8, a header row): one line per registration, as staff see it. */
public final class RosterCsv {

    static final String[] HEADER = {"name", "email", "organisation", "role", "jurisdiction", "site", "status",
            "waitlist_number", "registered_at", "answers"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private RosterCsv() {
    }

    public static String write(List<Registration> roster) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            for (Registration registration : roster) {
                printer.printRecord(neutralise(registration.getName()), neutralise(registration.getEmail()),
                        neutralise(registration.getOrganisation()), neutralise(registration.getRole()),
                        neutralise(registration.getJurisdiction()),
                        registration.getSite() == null ? "" : neutralise(registration.getSite().getName()),
                        registration.getStatus(),
                        registration.getWaitlistNumber() == null ? "" : registration.getWaitlistNumber(),
                        registration.getCreatedAt(), neutralise(registration.getAnswers()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
