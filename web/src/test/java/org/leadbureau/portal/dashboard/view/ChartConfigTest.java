package org.leadbureau.portal.dashboard.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChartConfigTest {

    /** A search term is text anyone typed: inside the page's script it must not end the script. */
    @Test
    void textCannotEndThePagesScript() {
        assertEquals("{\"labels\":[\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028\"]}",
                ChartConfig.forScript("{\"labels\":[\"</script><script>alert(1)</script> & \u2028\"]}"));
    }
}
