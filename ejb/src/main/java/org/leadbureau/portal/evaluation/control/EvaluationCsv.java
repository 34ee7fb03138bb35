package org.leadbureau.portal.evaluation.control;

import static org.leadbureau.portal.platform.csv.FormulaCells.neutralise;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;

/**
 * Answered evaluations as CSV (UTF-8, a header row): one line per answer, then a column per question of staff's
 * own, headed by its wording. Whatever people typed is made formula-safe.
 */
public final class EvaluationCsv {

    static final List<String> HEADER = List.of("answered_at", "overall", "usefulness", "recommend", "change", "improve",
            "name");

    /** One answered evaluation; {@code answers} by question id, as text. */
    public record Row(Instant answeredAt, Integer overall, Integer usefulness, Boolean recommend, String change,
                      String improve, String name, Map<Long, String> answers) {
    }

    private EvaluationCsv() {
    }

    public static String write(List<EvaluationQuestion> questions, List<Row> rows) {
        List<String> header = new ArrayList<>(HEADER);
        questions.forEach(question -> header.add(neutralise(question.getLabel())));
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Row row : rows) {
                List<Object> cells = new ArrayList<>(List.of(row.answeredAt(), row.overall(), row.usefulness(),
                        Boolean.TRUE.equals(row.recommend()) ? "yes" : "no", text(row.change()), text(row.improve()),
                        text(row.name())));
                questions.forEach(question -> cells.add(text(row.answers().get(question.getId()))));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : neutralise(value);
    }
}
