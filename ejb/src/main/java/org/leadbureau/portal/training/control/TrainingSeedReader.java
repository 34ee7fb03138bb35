package org.leadbureau.portal.training.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.leadbureau.portal.training.entity.TrainingFormat;

/** Reads the seed trainings of the content module ({@code content/trainings/trainings.csv}, UTF-8 with a header). */
public class TrainingSeedReader {

    static final String RESOURCE = "content/trainings/trainings.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final ClassLoader classLoader;

    public TrainingSeedReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public List<TrainingSeed> readAll() {
        try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Seed content is missing " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed trainings", e);
        }
    }

    List<TrainingSeed> read(Reader reader) throws IOException {
        return FORMAT.parse(reader).stream().map(TrainingSeedReader::seed).toList();
    }

    private static TrainingSeed seed(CSVRecord row) {
        try {
            String opens = row.get("registration_opens_days_before");
            return new TrainingSeed(row.get("slug"), Boolean.parseBoolean(row.get("demo")), row.get("title"), TrainingFormat.valueOf(row.get("format")),
                    Integer.parseInt(row.get("days_ahead")), LocalTime.parse(row.get("start_time")),
                    Duration.ofMinutes(Integer.parseInt(row.get("duration_minutes"))), ZoneId.of(row.get("zone")),
                    Integer.parseInt(row.get("capacity")), opens.isEmpty() ? null : Integer.valueOf(opens),
                    row.get("venue"), row.get("join_link"), row.get("topics"), row.get("audience"),
                    Arrays.stream(row.get("questions").split("\\R")).map(String::strip).filter(q -> !q.isEmpty()).toList(),
                    row.get("description"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Seed training on line " + row.getRecordNumber() + " is invalid: " + e.getMessage(), e);
        }
    }
}
