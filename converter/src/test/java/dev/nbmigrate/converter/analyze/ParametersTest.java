package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Parameters from every place notebooks declare them, with type, default, kind, role and location. */
class ParametersTest {

    @Test
    void papermillCellAndConfigLikeConstants() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .parameters("RUN_DATE = \"2024-01-31\"\nDRY_RUN = False\nBATCH = 'nightly'")
                .code("""
                        INPUT_PATH = "abfss://raw@lake.dfs.core.windows.net/sales/"
                        OUT_TABLE = "mart.daily_sales"
                        MIN_ROWS = 100
                        LB_TO_KG = 0.45359237
                        RERUN_MONTH = None
                        MONTHS = ["2024-01", "2024-02"]
                        label = "weekly report"
                        counter = 0
                        counter = counter + 1
                        """)
                .analyze();
        assertThat(program.parameters()).containsExactly(
                new Parameter("RUN_DATE", ScalarType.STR, Optional.of(new ConstantValue.Str("2024-01-31")),
                        ParameterKind.PAPERMILL, ParameterRole.DATE, new Location("test.ipynb", 1, 1, 1),
                        Optional.of("RUN_DATE"), List.of(), ""),
                new Parameter("DRY_RUN", ScalarType.BOOL, Optional.of(new ConstantValue.Bool(false)),
                        ParameterKind.PAPERMILL, ParameterRole.FLAG, new Location("test.ipynb", 1, 2, 1),
                        Optional.of("DRY_RUN"), List.of(), ""),
                new Parameter("BATCH", ScalarType.STR, Optional.of(new ConstantValue.Str("nightly")),
                        ParameterKind.PAPERMILL, ParameterRole.VALUE, new Location("test.ipynb", 1, 3, 1),
                        Optional.of("BATCH"), List.of(), ""),
                new Parameter("INPUT_PATH", ScalarType.STR,
                        Optional.of(new ConstantValue.Str("abfss://raw@lake.dfs.core.windows.net/sales/")),
                        ParameterKind.CONSTANT, ParameterRole.PATH, new Location("test.ipynb", 2, 1, 1),
                        Optional.of("INPUT_PATH"), List.of(), ""),
                new Parameter("OUT_TABLE", ScalarType.STR, Optional.of(new ConstantValue.Str("mart.daily_sales")),
                        ParameterKind.CONSTANT, ParameterRole.TABLE, new Location("test.ipynb", 2, 2, 1),
                        Optional.of("OUT_TABLE"), List.of(), ""),
                new Parameter("MIN_ROWS", ScalarType.INT, Optional.of(ConstantValue.Int.of(100)),
                        ParameterKind.CONSTANT, ParameterRole.THRESHOLD, new Location("test.ipynb", 2, 3, 1),
                        Optional.of("MIN_ROWS"), List.of(), ""),
                new Parameter("RERUN_MONTH", PyTypes.nullable(ScalarType.STR), Optional.of(new ConstantValue.None()),
                        ParameterKind.CONSTANT, ParameterRole.DATE, new Location("test.ipynb", 2, 5, 1),
                        Optional.of("RERUN_MONTH"), List.of(), ""),
                new Parameter("MONTHS", new ListType(ScalarType.STR), Optional.of(new ConstantValue.Sequence(
                        List.of(new ConstantValue.Str("2024-01"), new ConstantValue.Str("2024-02")), false)),
                        ParameterKind.CONSTANT, ParameterRole.DATE, new Location("test.ipynb", 2, 6, 1),
                        Optional.of("MONTHS"), List.of(), ""));
    }

    @Test
    void databricksWidgetsWithTheTypeTheNotebookConvertsThemTo() {
        Program program = Notebooks.on(Notebooks.DATABRICKS, "kpi.py")
                .code("""
                        dbutils.widgets.text("week_start", "2024-01-08", "First week (Monday)")
                        dbutils.widgets.dropdown("env", "prod", ["dev", "uat", "prod"], "Environment")
                        dbutils.widgets.text("weeks", "4")
                        """)
                .code("""
                        week_start = dbutils.widgets.get("week_start")
                        weeks = int(dbutils.widgets.get("weeks"))
                        env = getArgument("env")
                        """)
                .code("%sql\nSELECT * FROM db.kpi WHERE env = '${env}'")
                .analyze();
        assertThat(program.parameters()).containsExactly(
                new Parameter("week_start", ScalarType.STR, Optional.of(new ConstantValue.Str("2024-01-08")),
                        ParameterKind.WIDGET, ParameterRole.DATE, new Location("kpi.py", 1, 1, 17),
                        Optional.of("week_start"), List.of(), "First week (Monday)"),
                new Parameter("env", ScalarType.STR, Optional.of(new ConstantValue.Str("prod")), ParameterKind.WIDGET,
                        ParameterRole.VALUE, new Location("kpi.py", 1, 2, 17), Optional.of("env"),
                        List.of("dev", "uat", "prod"), "Environment"),
                new Parameter("weeks", ScalarType.INT, Optional.of(ConstantValue.Int.of(4)), ParameterKind.WIDGET,
                        ParameterRole.THRESHOLD, new Location("kpi.py", 1, 3, 17), Optional.of("weeks"), List.of(),
                        ""));
        assertThat(program.sql()).singleElement().satisfies(sql ->
                assertThat(sql.script().statements().get(0).sql()).contains("env = 'prod'"));
        assertThat(program.diagnostics()).noneMatch(d -> d.code().id().equals("NBM105"));
    }

    @Test
    void zeppelinFormsInSql() {
        Program program = Notebooks.on(Notebooks.PYSPARK3, "note.json")
                .code("%%sql\nSELECT * FROM db.deliveries\nWHERE month = '${month=2024-03}'")
                .analyze();
        assertThat(program.parameters()).containsExactly(new Parameter("month", ScalarType.STR,
                Optional.of(new ConstantValue.Str("2024-03")), ParameterKind.ZEPPELIN_FORM, ParameterRole.DATE,
                new Location("note.json", 1, 3, 16), Optional.empty(), List.of(), ""));
        assertThat(program.sql().get(0).script().statements().get(0).sql()).contains("month = '2024-03'");
    }

    @Test
    void commandLineArgumentsAndArgparseOptions() {
        Program program = Notebooks.on(Notebooks.IPYTHON, "job.ipynb")
                .code("""
                        import sys
                        import argparse
                        RUN_DATE = sys.argv[1] if len(sys.argv) > 1 else "2024-01-01"
                        parser = argparse.ArgumentParser()
                        parser.add_argument("--input-path", default="/mnt/raw/in/", help="where the data is")
                        parser.add_argument("--top-n", type=int, default=5)
                        parser.add_argument("--mode", choices=["full", "delta"], default="delta")
                        parser.add_argument("--dry-run", action="store_true")
                        args = parser.parse_args()
                        limit = args.top_n
                        """)
                .analyze();
        assertThat(program.parameters()).containsExactly(
                new Parameter("argv1", ScalarType.STR, Optional.of(new ConstantValue.Str("2024-01-01")),
                        ParameterKind.ARGV, ParameterRole.DATE, new Location("job.ipynb", 1, 3, 12),
                        Optional.of("RUN_DATE"), List.of(), "command-line argument 1"),
                new Parameter("input_path", ScalarType.STR, Optional.of(new ConstantValue.Str("/mnt/raw/in/")),
                        ParameterKind.ARGPARSE, ParameterRole.PATH, new Location("job.ipynb", 1, 5, 8),
                        Optional.empty(), List.of(), "where the data is"),
                new Parameter("top_n", ScalarType.INT, Optional.of(ConstantValue.Int.of(5)), ParameterKind.ARGPARSE,
                        ParameterRole.THRESHOLD, new Location("job.ipynb", 1, 6, 8), Optional.of("limit"), List.of(),
                        ""),
                new Parameter("mode", ScalarType.STR, Optional.of(new ConstantValue.Str("delta")),
                        ParameterKind.ARGPARSE, ParameterRole.VALUE, new Location("job.ipynb", 1, 7, 8),
                        Optional.empty(), List.of("full", "delta"), ""),
                new Parameter("dry_run", ScalarType.BOOL, Optional.of(new ConstantValue.Bool(false)),
                        ParameterKind.ARGPARSE, ParameterRole.FLAG, new Location("job.ipynb", 1, 8, 8),
                        Optional.empty(), List.of(), ""));
    }

    @Test
    void secretsAreNeverParameters() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .parameters("STORAGE_KEY = \"c2VjcmV0LWtleS12YWx1ZS0xMjM0NTY3ODkw\"\nRUN_DATE = \"2024-01-01\"")
                .analyze();
        assertThat(program.parameters()).extracting(Parameter::name).containsExactly("RUN_DATE");
        assertThat(program.secrets()).extracting(SecretFinding::variable).containsExactly(Optional.of("STORAGE_KEY"));
    }
}
