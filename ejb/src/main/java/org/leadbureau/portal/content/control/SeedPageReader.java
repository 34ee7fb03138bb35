package org.leadbureau.portal.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.leadbureau.portal.platform.text.SafeHtml;
import org.leadbureau.portal.content.entity.PageText;
import org.leadbureau.portal.platform.i18n.Language;

/**
 * Reads the seed pages of the content module ({@code content/pages/index.txt} lists them in order; each is
 * Markdown with a front matter of title, summary and order) and their translations ({@code <slug>.es.md}), and
 * renders them to HTML.
 */
public class SeedPageReader {

    static final String PAGES = "content/pages/";

    private final ClassLoader classLoader;
    private final Parser parser;
    private final HtmlRenderer renderer;

    public SeedPageReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        var extensions = List.of(YamlFrontMatterExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        // Raw HTML in a seed file is shown as text: pages are written in Markdown only.
        this.renderer = SafeHtml.markdownRenderer(extensions).build();
    }

    public List<SeedPage> readAll() {
        return new String(read(PAGES + "index.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .flatMap(this::readPage)
                .toList();
    }

    /** The English page, then its translations: those whose file exists. */
    Stream<SeedPage> readPage(String slug) {
        SeedPage english = read(slug, Language.DEFAULT, null)
                .orElseThrow(() -> new IllegalStateException("Seed content is missing " + PAGES + fileName(slug, Language.DEFAULT)));
        Stream<SeedPage> translations = Arrays.stream(Language.values())
                .filter(language -> language != Language.DEFAULT)
                .flatMap(language -> read(slug, language, english.text().menuOrder()).stream());
        return Stream.concat(Stream.of(english), translations);
    }

    /** {@code <slug>.md} in English, {@code <slug>.<tag>.md} in another language ({@code home.es.md}). */
    static String fileName(String slug, Language language) {
        return language == Language.DEFAULT ? slug + ".md" : slug + "." + language.tag() + ".md";
    }

    private Optional<SeedPage> read(String slug, Language language, Integer englishOrder) {
        return readIfPresent(PAGES + fileName(slug, language))
                .map(source -> parse(slug, language, new String(source, StandardCharsets.UTF_8), sha256(source), englishOrder));
    }

    /**
     * Parses one page. A translation takes its place in the menu from the English page ({@code englishOrder}), so
     * its front matter has a title and a summary only; the English page's also has its order.
     */
    SeedPage parse(String slug, Language language, String source, String checksum, Integer englishOrder) {
        Node document = parser.parse(source);
        var frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        Map<String, List<String>> meta = frontMatter.getData();
        String name = fileName(slug, language);
        String title = single(meta, "title", name);
        String summary = single(meta, "summary", name);
        int order = englishOrder != null ? englishOrder : Integer.parseInt(single(meta, "order", name));
        var text = new PageText(title, summary, order, stripFrontMatter(source), renderer.render(document));
        return new SeedPage(slug, language, text, checksum);
    }

    private static String single(Map<String, List<String>> meta, String key, String file) {
        List<String> values = meta.get(key);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalStateException("Seed page '" + file + "' needs exactly one '" + key + "' in its front matter");
        }
        return values.get(0).strip();
    }

    private static String stripFrontMatter(String source) {
        if (!source.startsWith("---")) {
            return source;
        }
        int end = source.indexOf("\n---", 3);
        return end < 0 ? source : source.substring(source.indexOf('\n', end + 1) + 1).stripLeading();
    }

    private byte[] read(String resource) {
        return readIfPresent(resource).orElseThrow(() -> new IllegalStateException("Seed content is missing " + resource));
    }

    private Optional<byte[]> readIfPresent(String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed content " + resource, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
