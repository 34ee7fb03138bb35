package org.leadbureau.portal.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's configuration table names exactly the settings the code reads (the {@link Setting} constants). */
class SettingsTableTest {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(PORTAL_[A-Z_]+)` \\|");

    @Test
    void theReadmeTableListsEverySettingAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(readme);
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> inCode = Arrays.stream(Setting.values()).map(Setting::variable)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, documented, "README.md's configuration table against Setting");
    }
}
