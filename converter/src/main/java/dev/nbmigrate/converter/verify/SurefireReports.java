package dev.nbmigrate.converter.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;

/** Sums the {@code TEST-*.xml} reports Surefire leaves in a module's {@code target/surefire-reports}. */
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
            return new TestCounts(number(suite, "tests"), number(suite, "failures"), number(suite, "errors"),
                    number(suite, "skipped"));
        } catch (Exception e) {
            throw new IOException(file + ": not a Surefire report (" + e.getMessage() + ")", e);
        }
    }

    private static int number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
