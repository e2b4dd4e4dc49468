package dev.nbmigrate.converter.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads one entry of a pom's own {@code <properties>} (no inheritance, no interpolation). */
final class PomProperties {

    private PomProperties() {
    }

    /** The text of {@code /project/properties/<name>} in {@code pom}, if it has one. */
    static Optional<String> read(Path pom, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            for (Node child = document.getDocumentElement().getFirstChild(); child != null;
                    child = child.getNextSibling()) {
                if (child instanceof Element properties && properties.getTagName().equals("properties")) {
                    for (Node entry = properties.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                        if (entry instanceof Element element && element.getTagName().equals(name)) {
                            return Optional.of(element.getTextContent().strip());
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(pom + " is not a readable pom: " + e.getMessage(), e);
        }
    }
}
