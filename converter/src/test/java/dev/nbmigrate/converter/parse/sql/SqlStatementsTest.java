package dev.nbmigrate.converter.parse.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.parse.CaseFile;
import dev.nbmigrate.converter.parse.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each SQL cell of {@code parse/sql/statements.txt} splits, substitutes and classifies as expected. */
class SqlStatementsTest {

    private static final SqlParser PARSER = new SqlParser(SqlSettings.LEGACY);
    private static final Map<String, String> VARIABLES = Map.of("hivevar:run_date", "2024-01-31", "env", "prod");

    static List<CaseFile.Case> cases() {
        return CaseFile.load("/parse/sql/statements.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifies(CaseFile.Case c) {
        SqlScript script = PARSER.parse(c.input(), SourceRef.ofCell("hive.ipynb", 5), VARIABLES);

        assertThat(script.statements().stream().map(SqlStatementsTest::render).collect(Collectors.joining("\n")))
                .isEqualTo(c.expected("statements"));
        assertThat(script.diagnostics().stream()
                .map(d -> d.code().id() + " " + d.severity().label() + " " + d.location().line() + ":"
                        + d.location().column() + " " + d.message())
                .collect(Collectors.joining("\n")))
                .isEqualTo(c.expected("diagnostics"));
        assertThat(script.diagnostics()).allSatisfy(d -> assertThat(d.location().cell()).isEqualTo(5));
    }

    static String render(SqlStatement statement) {
        StringBuilder out = new StringBuilder("#").append(statement.index()).append(" @").append(statement.line())
                .append(':').append(statement.column()).append(' ').append(statement.kind())
                .append(" target=").append(statement.target().map(TableName::toString).orElse("-"))
                .append(" reads=").append(statement.reads()).append(" writes=").append(statement.writes())
                .append(" detail=").append(statement.detail().map(Object::toString).orElse("-"));
        for (Substitution s : statement.substitutions()) {
            out.append("\n  ").append(s.reference()).append(s.resolved() ? " = " + s.value() : " unknown")
                    .append(" @").append(s.line()).append(':').append(s.column());
        }
        statement.error().ifPresent(e -> out.append("\n  error [").append(e.errorClass()).append("] ")
                .append(e.message()).append(" @").append(e.line()).append(':').append(e.column()));
        return out.toString();
    }
}
