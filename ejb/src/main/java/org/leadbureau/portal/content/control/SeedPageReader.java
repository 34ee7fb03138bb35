package org.leadbureau.portal.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.leadbureau.portal.platform.text.SafeHtml;
import org.leadbureau.portal.content.entity.PageText;

/**
 * Reads the seed pages of the content module ({@code content/pages/index.txt} lists them in order; each is
 * Markdown with a front matter of title, summary and order) and renders them to HTML.
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
                .map(this::readPage)
                .toList();
    }

    SeedPage readPage(String slug) {
        byte[] source = read(PAGES + slug + ".md");
        return parse(slug, new String(source, StandardCharsets.UTF_8), sha256(source));
    }

    SeedPage parse(String slug, String source, String checksum) {
        Node document = parser.parse(source);
        var frontMatter = new YamlFrontMatterVisitor();
        document.accept(frontMatter);
        Map<String, List<String>> meta = frontMatter.getData();
        String title = single(meta, "title", slug);
        String summary = single(meta, "summary", slug);
        int order = Integer.parseInt(single(meta, "order", slug));
        var text = new PageText(title, summary, order, stripFrontMatter(source), renderer.render(document));
        return new SeedPage(slug, text, checksum);
    }

    private static String single(Map<String, List<String>> meta, String key, String slug) {
        List<String> values = meta.get(key);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalStateException("Seed page '" + slug + "' needs exactly one '" + key + "' in its front matter");
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
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed content is missing " + resource);
            }
            return in.readAllBytes();
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
