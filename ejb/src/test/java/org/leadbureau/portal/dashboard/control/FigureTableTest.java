package org.leadbureau.portal.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void theCsvHasTheHeaderAndNeutralisesFormulas() {
        var table = new FigureTable("searches", "Terms", List.of("Term", "Searches"),
                List.of(List.of("=HYPERLINK(\"x\")", "3"), List.of("naloxone, kits", "2")),
                List.of(new FigureTable.Series("Searches", null, List.of(3L, 2L))), true);
        assertEquals("Term,Searches\r\n\"'=HYPERLINK(\"\"x\"\")\",3\r\n\"naloxone, kits\",2\r\n", table.csv());
        assertEquals(List.of("=HYPERLINK(\"x\")", "naloxone, kits"), table.labels());
    }
}
