package backproplab.picture;

import backproplab.i18n.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An SVG picture as the JDK's XML parser reads it: parsing fails on anything that is not
 * well-formed XML, and the root must be an {@code svg} element in the SVG namespace.
 */
final class SvgDocument {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    final Element root;

    private SvgDocument(Element root) {
        this.root = root;
    }

    /** The languages every picture is checked in. */
    static Stream<Language> languages() {
        return Stream.of(Language.ENGLISH, Language.SPANISH);
    }

    /** Parses {@code svg}; throws AssertionError if it is not well-formed SVG. */
    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            if (!"svg".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
                throw new AssertionError("the root element is <" + root.getTagName() + ">, not an SVG <svg>");
            }
            return new SvgDocument(root);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    double width() {
        return Double.parseDouble(root.getAttribute("width"));
    }

    double height() {
        return Double.parseDouble(root.getAttribute("height"));
    }

    /** Every element named {@code tag} under {@code within}, in document order. */
    static List<Element> all(Element within, String tag) {
        NodeList nodes = within.getElementsByTagNameNS(NAMESPACE, tag);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Every element named {@code tag} whose class list holds {@code className}. */
    List<Element> withClass(String tag, String className) {
        List<Element> found = new ArrayList<>();
        for (Element element : all(root, tag)) {
            if (Arrays.asList(element.getAttribute("class").split(" ")).contains(className)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The text of every {@code <text>} element: what a reader sees. */
    List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        for (Element text : all(root, "text")) {
            texts.add(text.getTextContent());
        }
        return texts;
    }

    /** The {@code <title>} of {@code element}: what a viewer shows on hover. */
    static String title(Element element) {
        List<Element> titles = all(element, "title");
        if (titles.isEmpty()) {
            throw new AssertionError("<" + element.getTagName() + "> has no <title>");
        }
        return titles.get(0).getTextContent();
    }

    /** The numbers in {@code text}, as written. */
    static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    /** The numeric attribute {@code name} of {@code element}. */
    static double number(Element element, String name) {
        return Double.parseDouble(element.getAttribute(name));
    }
}
