package org.leadbureau.portal.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationCsvTest {

    @Test
    void oneLinePerAnswerWithWhatPeopleTypedMadeFormulaSafe() {
        Instant at = Instant.parse("2026-05-04T17:00:00Z");
        String csv = EvaluationCsv.write(List.of(), List.of(
                new EvaluationCsv.Row(at, 5, 4, true, "=HYPERLINK(\"x\")", "More, please", null, Map.of()),
                new EvaluationCsv.Row(at, 2, 3, false, null, null, "Ana", Map.of())));
        assertEquals("answered_at,overall,usefulness,recommend,change,improve,name\r\n"
                + "2026-05-04T17:00:00Z,5,4,yes,\"'=HYPERLINK(\"\"x\"\")\",\"More, please\",\r\n"
                + "2026-05-04T17:00:00Z,2,3,no,,,Ana\r\n", csv);
    }
}
