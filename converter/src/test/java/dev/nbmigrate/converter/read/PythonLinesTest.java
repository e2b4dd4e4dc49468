package dev.nbmigrate.converter.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line lexer: escapes only at statement starts, never inside strings or brackets. */
class PythonLinesTest {

    @Test
    void findsEscapesAtStatementStarts() {
        List<PythonLines.Line> lines = PythonLines.scan(String.join("\n",
                "%matplotlib inline",
                "!ls -la",
                "files = !ls /tmp",
                "who = %who_ls",
                "df.show?",
                "??spark",
                "x = 1",
                "    !echo nested"));

        assertThat(lines).extracting(PythonLines.Line::escape).containsExactly(
                PythonLines.Escape.LINE_MAGIC, PythonLines.Escape.SHELL, PythonLines.Escape.SHELL_ASSIGNMENT,
                PythonLines.Escape.MAGIC_ASSIGNMENT, PythonLines.Escape.HELP, PythonLines.Escape.HELP,
                PythonLines.Escape.NONE, PythonLines.Escape.SHELL);
        assertThat(lines.get(7).indentation()).isEqualTo("    ");
    }

    @Test
    void ignoresEscapeCharactersInsideStringsAndBrackets() {
        List<PythonLines.Line> lines = PythonLines.scan(String.join("\n",
                "sql = \"\"\"",
                "%not a magic",
                "!not a command",
                "\"\"\"",
                "total = (a",
                "!= b)",
                "name = 'it''s' # %comment",
                "path = 'C:\\\\new' \\",
                "   + '%d'"));

        assertThat(lines).extracting(PythonLines.Line::escape).containsOnly(PythonLines.Escape.NONE);
        assertThat(lines).extracting(PythonLines.Line::statementStart)
                .containsExactly(true, false, false, false, true, false, true, true, false);
    }

    @Test
    void blanksStringContentsAndComments() {
        List<PythonLines.Line> lines = PythonLines.scan("print \"a <> b\"  # `x`\ns = r'\\'' + 'x'");

        assertThat(lines.get(0).code()).isEqualTo("print \"      \"       ");
        assertThat(lines.get(1).code()).isEqualTo("s = r'  ' + ' '");
    }

    @Test
    void continuesEscapesOverBackslashes() {
        List<PythonLines.Line> lines = PythonLines.scan("!pip install \\\n    pandas \\\n    numpy\nx = 1");

        assertThat(lines).extracting(PythonLines.Line::escape).containsExactly(PythonLines.Escape.SHELL,
                PythonLines.Escape.SHELL, PythonLines.Escape.SHELL, PythonLines.Escape.NONE);
        assertThat(lines).extracting(PythonLines.Line::statementStart).containsExactly(true, false, false, true);
    }

    @Test
    void anOddQuoteInAShellCommandDoesNotOpenAString() {
        List<PythonLines.Line> lines = PythonLines.scan("!echo it's done\n%ls\nx = 1");

        assertThat(lines).extracting(PythonLines.Line::statementStart).containsExactly(true, true, true);
        assertThat(lines.get(1).escape()).isEqualTo(PythonLines.Escape.LINE_MAGIC);
    }
}
