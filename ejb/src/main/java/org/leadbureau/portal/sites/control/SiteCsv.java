package org.leadbureau.portal.sites.control;

import static org.leadbureau.portal.platform.csv.FormulaCells.neutralise;
import static org.leadbureau.portal.platform.csv.FormulaCells.restore;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.SiteFacts;

/**
 * The sites CSV, the directory's import and export format: UTF-8, a header row, the columns
 * {@code name,jurisdiction,state,status,launched,source_url,notes} and then the optional further ones. Columns
 * are found by their header name, so they may come in any order; unknown columns are ignored.
 *
 * <p>Reading never gives up on the whole file because of one row: each bad row is rejected with its line number
 * and reason, and the others are read. Only a file that is not a sites CSV at all is refused whole.
 */
public final class SiteCsv {

    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("name", "jurisdiction", "state", "status", "launched",
            "source_url", "notes", "website", "organisation", "description", "time_zone", "latitude", "longitude",
            "last_verified", "slug");
    static final List<String> REQUIRED = List.of("name", "state", "status");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String BOM = "\uFEFF";

    private SiteCsv() {
    }

    /**
     * Text from the bytes of an upload: strict UTF-8 (a byte-order mark is allowed and dropped).
     *
     * @throws InvalidInputException when the bytes are not UTF-8 text
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The file is not a CSV file: it is not UTF-8 text.");
        }
    }

    /**
     * Reads a sites CSV.
     *
     * @throws InvalidInputException when the text is not a sites CSV at all (empty, binary, or no header naming
     *                               name, state and status)
     */
    public static SiteCsvContent read(String text) {
        String content = text.startsWith(BOM) ? text.substring(1) : text;
        if (content.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n'))) {
            throw new InvalidInputException("The file is not a CSV file: it contains binary data.");
        }
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw notSitesCsv("it is empty or its first line is blank");
        }
        Header header = header(lines.get(0));

        List<SiteRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int index = 1;
        while (index < lines.size()) {
            if (lines.get(index).isBlank()) {
                index++;
                continue;
            }
            int start = index;
            // A quoted field may hold line breaks: a record ends where its quotes are balanced.
            StringBuilder record = new StringBuilder(lines.get(index));
            long quotes = quotes(lines.get(index));
            while (quotes % 2 == 1 && index + 1 < lines.size()) {
                index++;
                record.append('\n').append(lines.get(index));
                quotes += quotes(lines.get(index));
            }
            int line = start + 1;
            if (quotes % 2 == 1) {
                // Never closed: reject this line only and go on with the next, so one stray quote costs one row.
                rejected.add(new Rejection(line, guessName(lines.get(start)), "unparseable quoting: a quoted field is never closed"));
                index = start + 1;
                continue;
            }
            index++;
            CSVRecord fields = parseRecord(record.toString());
            if (fields == null) {
                rejected.add(new Rejection(line, guessName(lines.get(start)),
                        "unparseable quoting: a quoted field must be quoted as a whole, with quotes inside it doubled"));
                continue;
            }
            readRow(line, fields, header, firstLineOf, rows, rejected);
        }
        return new SiteCsvContent(List.copyOf(rows), List.copyOf(rejected));
    }

    private static void readRow(int line, CSVRecord fields, Header header,
                                Map<String, Integer> firstLineOf, List<SiteRow> rows, List<Rejection> rejected) {
        String name = value(fields, header, "name");
        if (fields.size() > header.width()) {
            rejected.add(new Rejection(line, Objects.toString(name, ""), "has " + fields.size()
                    + " fields but the header has " + header.width() + " (is a field with a comma not quoted?)"));
            return;
        }
        var checked = SiteInputs.check(new SiteInput(name, value(fields, header, "jurisdiction"),
                value(fields, header, "state"), value(fields, header, "status"), value(fields, header, "launched"),
                value(fields, header, "source_url"), value(fields, header, "notes"), value(fields, header, "website"),
                value(fields, header, "organisation"), value(fields, header, "description"),
                value(fields, header, "time_zone"), value(fields, header, "latitude"),
                value(fields, header, "longitude"), value(fields, header, "last_verified")));
        String slug = value(fields, header, "slug");
        slug = slug == null || slug.isBlank() ? null : slug.strip();
        List<String> reasons = new ArrayList<>(checked.errors().values());
        if (slug != null && (slug.length() > Site.SLUG_LENGTH || !Site.SLUG.matcher(slug).matches())) {
            reasons.add("malformed slug '" + slug + "' (expected lower-case letters and digits joined by hyphens)");
        }
        if (reasons.isEmpty()) {
            SiteFacts facts = checked.facts();
            List<String> keys = new ArrayList<>();
            keys.add("name:" + facts.name().toLowerCase(Locale.ROOT) + "|" + facts.state());
            if (slug != null) {
                keys.add("slug:" + slug);
            }
            for (String key : keys) {
                Integer earlier = firstLineOf.get(key);
                if (earlier != null) {
                    reasons.add("duplicate within the file: same " + (key.startsWith("slug:") ? "slug" : "name and state")
                            + " as line " + earlier);
                    break;
                }
            }
            if (reasons.isEmpty()) {
                keys.forEach(key -> firstLineOf.put(key, line));
                rows.add(new SiteRow(line, slug, facts));
                return;
            }
        }
        rejected.add(new Rejection(line, Objects.toString(name, "").strip(), String.join("; ", reasons)));
    }

    /**
     * Writes rows in the import format, every column, so that importing the result changes nothing; text cells
     * that a spreadsheet would run as a formula start with an apostrophe, which {@link #read} removes again.
     */
    public static String write(List<SiteRow> rows) {
        var out = new StringWriter();
        try {
            Writer writer = writer(out);
            rows.forEach(writer::write);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes rows one at a time (the header first), so that an export streams; flush it at the end. */
    public static Writer writer(Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        return new Writer(printer);
    }

    /** A CSV being written row by row. */
    public static final class Writer {
        private final CSVPrinter printer;

        private Writer(CSVPrinter printer) {
            this.printer = printer;
        }

        public void write(SiteRow row) {
            SiteFacts f = row.facts();
            try {
                printer.printRecord(neutralise(f.name()), neutralise(f.jurisdiction()), f.state().name(),
                        f.status().name(), f.launched() == null ? null : f.launched().iso(), neutralise(f.sourceUrl()),
                        neutralise(f.notes()), neutralise(f.website()), neutralise(f.organisation()),
                        neutralise(f.description()), f.timeZone().getId(), f.latitude(), f.longitude(),
                        f.lastVerified(), row.slug());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() throws IOException {
            printer.flush();
        }
    }

    /** Column name (lower-case) → index, and how many columns the header row has. */
    private record Header(Map<String, Integer> index, int width) {
    }

    private static Header header(String line) {
        CSVRecord names = parseRecord(line);
        if (names == null) {
            throw notSitesCsv("its first line is not a header row");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw notSitesCsv("its header row lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return new Header(header, names.size());
    }

    private static InvalidInputException notSitesCsv(String why) {
        return new InvalidInputException("The file is not a sites CSV: " + why + ". The first line must name the"
                + " columns, at least " + String.join(", ", REQUIRED) + " (all columns: " + String.join(",", COLUMNS) + ").");
    }

    /** One record, or null when its quoting cannot be parsed. */
    private static CSVRecord parseRecord(String record) {
        try (CSVParser parser = CSVParser.parse(record, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.size() == 1 ? records.get(0) : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** A field as written, without the apostrophe {@link #write} put before a formula-like text. */
    private static String value(CSVRecord fields, Header header, String column) {
        Integer index = header.index().get(column);
        return index == null || index >= fields.size() ? null : restore(fields.get(index));
    }


    private static long quotes(String line) {
        return line.chars().filter(c -> c == '"').count();
    }

    /** The name field of a line that cannot be parsed, as far as it can be told: for the report only. */
    private static String guessName(String line) {
        String first = line.split(",", 2)[0].replace("\"", "").strip();
        return TextLength.truncate(first, Site.NAME_LENGTH);
    }
}
