package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.read.Kernel;

import java.util.List;

/**
 * One use of a cell magic, as handlers see it: the header, the body (the cell's source with the header blanked,
 * so lines keep their numbers), the kernel, and where to report problems.
 */
record MagicCall(MagicHeader header, String body, Kernel kernel, Findings findings) {

    /** Parses the header's options; each error becomes an {@code NBM010} at the header's line. */
    OptionParser.Parsed options(List<OptionParser.Spec> specs) {
        OptionParser.Parsed parsed = OptionParser.parse(header.arguments(), specs);
        parsed.errors().forEach(error -> bad(error));
        return parsed;
    }

    /** Reports bad usage of the magic ({@code NBM010}) at the header's line. */
    void bad(String problem) {
        findings.add(Code.NBM010, header.line(), header.text() + ": " + problem);
    }

    /** Reports a body where sparkmagic requires none, as sparkmagic did. */
    void requireEmptyBody() {
        if (!body.isBlank()) {
            bad("cell body for %%" + header.name() + " magic must be empty; got '" + body.strip() + "' instead");
        }
    }
}
