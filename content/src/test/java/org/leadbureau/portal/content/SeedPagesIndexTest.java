package org.leadbureau.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The importer reads pages through index.txt, so a page missing from it would silently never appear; and it
 * reads a translation only as {@code <slug>.<language>.md} of a listed page, so a misnamed one would never appear
 * either.
 */
class SeedPagesIndexTest {

    private static final Path PAGES = Path.of("src/main/resources/content/pages");
    /** The languages the portal speaks besides English (Language in the ejb module). */
    private static final List<String> TRANSLATIONS = List.of("es");

    @Test
    void indexListsEveryPageFileExactlyOnceAndEveryPageHasEachTranslation() throws IOException {
        List<String> listed = Files.readAllLines(PAGES.resolve("index.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        Set<String> files;
        try (Stream<Path> paths = Files.list(PAGES)) {
            files = paths.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(listed.size(), Set.copyOf(listed).size(), "a page is listed twice: " + listed);
        Set<String> expected = new TreeSet<>(listed);
        for (String slug : listed) {
            TRANSLATIONS.forEach(language -> expected.add(slug + "." + language));
        }
        assertEquals(expected, files, "each listed page as <slug>.md and <slug>.<language>.md, and nothing else");
        assertTrue(listed.contains("home"));
    }
}
