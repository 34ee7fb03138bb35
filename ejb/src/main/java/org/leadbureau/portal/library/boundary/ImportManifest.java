package org.leadbureau.portal.library.boundary;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/**
 * The {@code manifest.csv} of a bulk library import: one line per file, with the metadata a single upload takes
 * ({@code file,title,summary,type,topics,audiences,published,status,language}); several topics or audiences in one
 * cell are separated by {@code ;}. The header is line 1, so the first file is line 2.
 */
public final class ImportManifest {

    public static final String NAME = "manifest.csv";
    static final List<String> COLUMNS = List.of("file", "title", "summary", "type", "topics", "audiences", "published",
            "status", "language");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    /** One line of the manifest: where it is, the file it names and that file's metadata. */
    public record Line(long number, String file, ResourceForm form) {
    }

    private ImportManifest() {
    }

    /**
     * Reads the manifest.
     *
     * @throws InvalidInputException naming {@code manifest} when the text is not such a manifest (a column missing)
     */
    public static List<Line> read(Reader text) {
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(text)).setFormat(FORMAT).get()) {
            Set<String> missing = new TreeSet<>(COLUMNS);
            parser.getHeaderNames().forEach(name -> missing.remove(name.toLowerCase(Locale.ROOT)));
            if (!missing.isEmpty()) {
                throw new InvalidInputException("manifest", "manifest.csv has no column " + String.join(", ", missing)
                        + "; its first line names " + String.join(",", COLUMNS) + ".");
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(new Line(record.getRecordNumber() + 1, cell(record, "file"), new ResourceForm(
                        cell(record, "title"), cell(record, "summary"), cell(record, "type"),
                        several(cell(record, "topics")), several(cell(record, "audiences")),
                        cell(record, "published"), cell(record, "status"), blankAsNull(cell(record, "language")),
                        null)));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("manifest", "manifest.csv cannot be read as CSV: " + e.getMessage());
        }
    }

    /** The cell of a column whatever the case of its header; empty when the line is short. */
    private static String cell(CSVRecord record, String column) {
        for (String name : record.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return record.isSet(name) ? record.get(name) : "";
            }
        }
        return "";
    }

    private static List<String> several(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value;
    }

    /** A spreadsheet's UTF-8 export often starts with a byte-order mark, which would spoil the first column's name. */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        var reader = new PushbackReader(text, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
