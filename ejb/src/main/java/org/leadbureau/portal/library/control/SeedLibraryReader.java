package org.leadbureau.portal.library.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;

/**
 * Reads the library seed of the content module: {@code content/library/index.txt} lists the resources,
 * {@code meta/<slug>.properties} describes each, {@code files/} holds their files; {@code topics.txt} and
 * {@code audiences.txt} are the vocabularies.
 */
public class SeedLibraryReader {

    static final String LIBRARY = "content/library/";

    private final ClassLoader classLoader;

    public SeedLibraryReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public List<SeedTerm> topics() {
        return terms("topics.txt");
    }

    public List<SeedTerm> audiences() {
        return terms("audiences.txt");
    }

    public List<SeedResource> resources() {
        return lines("index.txt").stream().map(this::resource).toList();
    }

    private List<SeedTerm> terms(String file) {
        return lines(file).stream().map(line -> {
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException(file + ": expected 'slug | label' but found '" + line + "'");
            }
            return new SeedTerm(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }).toList();
    }

    SeedResource resource(String slug) {
        byte[] metaBytes = read(LIBRARY + "meta/" + slug + ".properties");
        var meta = new Properties();
        try {
            meta.load(new StringReader(new String(metaBytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = required(meta, "file", slug);
        byte[] content = read(LIBRARY + "files/" + fileName);
        var checksum = new ByteArrayOutputStream();
        checksum.writeBytes(metaBytes);
        checksum.writeBytes(content);
        try {
            return new SeedResource(slug, required(meta, "title", slug), required(meta, "summary", slug),
                    ResourceType.valueOf(required(meta, "type", slug)), list(meta, "topics"), list(meta, "audiences"),
                    LocalDate.parse(required(meta, "published", slug)), meta.getProperty("language", "en"),
                    ResourceStatus.valueOf(meta.getProperty("status", "PUBLISHED")), fileName, content,
                    TextExtractor.sha256(checksum.toByteArray()), Boolean.parseBoolean(meta.getProperty("demo", "false")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException("Seed resource '" + slug + "' has invalid metadata: " + e.getMessage(), e);
        }
    }

    private static String required(Properties meta, String key, String slug) {
        String value = meta.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Seed resource '" + slug + "' needs '" + key + "'");
        }
        return value.strip();
    }

    private static List<String> list(Properties meta, String key) {
        String value = meta.getProperty(key, "");
        return List.of(value.split(",")).stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private List<String> lines(String file) {
        return new String(read(LIBRARY + file), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private byte[] read(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed content is missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed content " + resource, e);
        }
    }
}
