package dev.nbmigrate.converter.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Sums the {@code TEST-*.xml} reports Surefire leaves in a module's {@code target/surefire-reports}, counting the
 * {@code testcase} elements themselves: a suite's own totals leave out the tests of its {@code @Nested} classes.
 */
final class SurefireReports {

    private SurefireReports() {
    }

    static TestCounts of(Path moduleDir) throws IOException {
        Path reports = moduleDir.resolve("target/surefire-reports");
        if (!Files.isDirectory(reports)) {
            return TestCounts.NONE;
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(reports)) {
            files = entries.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        TestCounts total = TestCounts.NONE;
        for (Path file : files) {
            total = total.plus(read(file));
        }
        return total;
    }

    private static TestCounts read(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element suite = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            NodeList cases = suite.getElementsByTagName("testcase");
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                if (hasChild(testCase, "failure")) {
                    failures++;
                } else if (hasChild(testCase, "error")) {
                    errors++;
                } else if (hasChild(testCase, "skipped")) {
                    skipped++;
                }
            }
            return new TestCounts(cases.getLength(), failures, errors, skipped);
        } catch (Exception e) {
            throw new IOException(file + ": not a Surefire report (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasChild(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
