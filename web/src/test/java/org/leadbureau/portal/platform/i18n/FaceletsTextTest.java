package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A public template has no text of its own: everything a visitor reads (text, and the attributes read out or shown:
 * aria-label, title, alt, placeholder, label, a component's value, a table's header and empty message) comes from
 * the msg bundle through EL, so it exists in English and Spanish. Only punctuation, proper names and code may be
 * written as they are. Every template of the webapp is checked but the staff side's, which stays English: a new
 * public page is checked as soon as it exists.
 */
class FaceletsTextTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    /** The staff side (English only): its pages, its includes and the first-run setup. */
    private static final List<String> STAFF = List.of("staff/", "staff.xhtml", "WEB-INF/includes/staff/", "setup.xhtml");
    private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*}");
    /** Names that are the same in every language (Authorize: the button of Swagger UI, which speaks only English). */
    private static final Pattern PROPER_NAMES = Pattern.compile("\\b(LEAD|CSV|JSON|GeoJSON|OpenAPI|YAML|Authorize)\\b");
    private static final Pattern NOTHING_TO_TRANSLATE = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");
    private static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder", "label",
            "headerText", "footerText", "emptyMessage", "ariaLabel", "itemLabel", "noSelectionLabel",
            "requiredMessage", "validatorMessage", "converterMessage", "message", "header");
    private static final Set<String> COMPONENT_NAMESPACES = Set.of("jakarta.faces.html", "primefaces");
    private static final String FACELETS = "jakarta.faces.facelets";

    static Stream<String> publicTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(template -> STAFF.stream().noneMatch(template::startsWith))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theStaffSideNamedHereExists() {
        STAFF.forEach(template -> assertTrue(Files.exists(WEBAPP.resolve(template)), template));
    }

    @ParameterizedTest
    @MethodSource("publicTemplates")
    void everyTextComesFromTheBundles(String template) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(WEBAPP.resolve(template).toFile()).getDocumentElement();

        List<String> written = new ArrayList<>();
        collect(root, written);
        assertEquals(List.of(), written, template + " writes text that is not in messages*.properties");
    }

    private static void collect(Node node, List<String> written) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            check(node.getNodeValue(), "text", written);
        } else if (node instanceof Element element && !"code".equals(element.getLocalName())) {
            var attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
                if (READ_ATTRIBUTES.contains(name) || "value".equals(name) && showsValue(element)) {
                    check(attribute.getNodeValue(), element.getTagName() + " @" + name, written);
                }
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                collect(child, written);
            }
        }
    }

    /** A component's value is shown (an output link's is its address); so is the page title a page passes its template. */
    private static boolean showsValue(Element element) {
        return COMPONENT_NAMESPACES.contains(element.getNamespaceURI()) && !"outputLink".equals(element.getLocalName())
                || FACELETS.equals(element.getNamespaceURI()) && "param".equals(element.getLocalName())
                        && "title".equals(element.getAttribute("name"));
    }

    private static void check(String text, String where, List<String> written) {
        String left = PROPER_NAMES.matcher(EL.matcher(text).replaceAll("")).replaceAll("");
        if (!NOTHING_TO_TRANSLATE.matcher(left).matches()) {
            written.add(where + ": " + text.strip());
        }
    }
}
