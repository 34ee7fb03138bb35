package org.leadbureau.portal.platform.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"Eve\rATTENDEE:mailto:x@evil.example", "two\nlines", "tab\there", "nul\u0000", "del\u007f",
            "next line\u0085", "line\u2028separator", "para\u2029graph", "\u001b[31mred"})
    void controlCharactersAndLineSeparatorsAreRefused(String value) {
        assertFalse(SingleLine.Validator.isSingleLine(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Robin Park", "Zoë O'Brien-Núñez", "Seattle, WA", "  spaced  ", "", "東京 LEAD", "emoji 🙂"})
    void ordinaryTextInAnyScriptPasses(String value) {
        assertTrue(SingleLine.Validator.isSingleLine(value));
    }
}
