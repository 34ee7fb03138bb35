package org.leadbureau.portal.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaCellsTest {

    @Test
    void formulaStartsGetAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://evil\")", FormulaCells.neutralise("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", FormulaCells.neutralise("+1"));
        assertEquals("'-2+3", FormulaCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", FormulaCells.neutralise("@SUM(A1)"));
        assertEquals("'\tx", FormulaCells.neutralise("\tx"));
        assertEquals("'\rx", FormulaCells.neutralise("\rx"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("Seattle LEAD", FormulaCells.neutralise("Seattle LEAD"));
        assertEquals("'Ohana", FormulaCells.neutralise("'Ohana"));
        assertEquals("a=b", FormulaCells.neutralise("a=b"));
        assertEquals("", FormulaCells.neutralise(""));
        assertNull(FormulaCells.neutralise(null));
        assertEquals("'Ohana", FormulaCells.restore("'Ohana"), "an apostrophe people typed stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "'=1+1", "''=1+1", "'", "''", "'Ohana", "-", "@home", "plain", "'\t", "= ", "'x'"})
    void restoreUndoesNeutraliseExactly(String value) {
        assertEquals(value, FormulaCells.restore(FormulaCells.neutralise(value)));
    }
}
