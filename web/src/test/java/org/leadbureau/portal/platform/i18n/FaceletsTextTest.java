package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A template in this list has no text of its own: everything a visitor reads (text, and the attributes read out or
 * shown: aria-label, title, alt, placeholder, label, a component's value) comes from the msg bundle through EL, so
 * it exists in English and Spanish. Only punctuation and proper names may be written as they are.
 * <p>
 * The list is the public templates converted so far. The other public templates (sites, library, search, sign-in
 * and password pages, the error pages and their includes) still hold English text: converting them and adding them
 * here is the remaining work of issue 17.
 */
class FaceletsTextTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern EL = Pattern.compile("[#$]\\{[^}]*}");
    /** Names that are the same in every language. */
    private static final Pattern PROPER_NAMES = Pattern.compile("\\bLEAD\\b");
    private static final Pattern NOTHING_TO_TRANSLATE = Pattern.compile("[\\p{P}\\p{S}\\s]*");
    private static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "title", "alt", "placeholder", "label");
    private static final Set<String> COMPONENT_NAMESPACES = Set.of("jakarta.faces.html", "primefaces");
    private static final String FACELETS = "jakarta.faces.facelets";

    @ParameterizedTest
    @ValueSource(strings = {"WEB-INF/templates/page.xhtml", "index.xhtml", "about.xhtml", "trainings.xhtml",
            "registrations.xhtml", "contact.xhtml", "evaluations.xhtml", "WEB-INF/includes/sites/site-chooser.xhtml"})
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
        } else if (node instanceof Element element) {
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

    /** A component's value is shown; so is the page title a page passes its template. */
    private static boolean showsValue(Element element) {
        return COMPONENT_NAMESPACES.contains(element.getNamespaceURI())
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
