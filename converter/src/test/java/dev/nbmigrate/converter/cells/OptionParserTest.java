package dev.nbmigrate.converter.cells;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** argparse-compatible option parsing and shlex-compatible word splitting. */
class OptionParserTest {

    private static final List<OptionParser.Spec> SPECS = List.of(
            new OptionParser.Spec("-o", "--output", OptionParser.Arity.ONE, OptionParser.Type.STRING),
            new OptionParser.Spec("-n", "--maxrows", OptionParser.Arity.ONE, OptionParser.Type.INT),
            new OptionParser.Spec("-q", "--quiet", OptionParser.Arity.OPTIONAL, OptionParser.Type.BOOL));

    @Test
    void splitsWordsLikeShlex() {
        assertThat(ArgSplitter.split("-o 'my df' --x=\"a \\\"b\\\"\" c\\ d").words())
                .containsExactly("-o", "my df", "--x=a \"b\"", "c d");
        assertThat(ArgSplitter.split("-o 'open").error()).isEqualTo("no closing quotation");
    }

    @Test
    void lastOccurrenceWinsAndNegativeNumbersAreValues() {
        OptionParser.Parsed parsed = OptionParser.parse("-n 10 -o a --maxrows=-1 -o b -q", SPECS);

        assertThat(parsed.values()).isEqualTo(Map.of("maxrows", "-1", "output", "b", "quiet", "True"));
        assertThat(parsed.errors()).isEmpty();
    }

    @Test
    void optionalValueIsTakenWhenPresent() {
        OptionParser.Parsed parsed = OptionParser.parse("-q False -n -5", SPECS);

        assertThat(parsed.values()).containsEntry("quiet", "False").containsEntry("maxrows", "-5");
    }

    @Test
    void collectsEveryError() {
        OptionParser.Parsed parsed = OptionParser.parse("stray -z -n ten -o", SPECS);

        assertThat(parsed.errors()).containsExactly("argument -n/--maxrows: invalid int value: 'ten'",
                "argument -o/--output: expected one argument", "unrecognized arguments: stray -z");
    }
}
