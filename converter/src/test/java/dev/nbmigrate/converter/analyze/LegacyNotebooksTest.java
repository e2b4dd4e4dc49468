package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.read.NotebookReader;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.SparkObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The analyser on the realistic legacy corpus ({@code legacy-notebooks/}, described in its README). */
class LegacyNotebooksTest {

    private static final String FAKE_KEY =
            "TkJNSUdSQVRFLVNBTVBMRS9jb250b3NvZm9vZGxha2UvZmFrZS1hY2NvdW50LWtleS9ub3QtYS1zZWNyZXQvMA==";
    private static final Map<String, Program> PROGRAMS = new HashMap<>();

    @BeforeAll
    static void analyseTheCorpus() throws Exception {
        Analyzer analyzer = new Analyzer(new FileRunTargets());
        for (String name : List.of("supplier_price_normalisation.ipynb", "daily_covers_sales.ipynb",
                "food_waste_costing.ipynb", "monthly_covers_report_py2.ipynb", "site_weekly_kpi_databricks.py",
                "zeppelin/2F1K7QZPN/note.json", "meal_demand_forecast.ipynb", "menu_item_popularity.ipynb")) {
            Path file = Notebooks.LEGACY.resolve(name);
            PROGRAMS.put(name, analyzer.analyze(CellClassifier.classify(new NotebookReader().read(file, path(name)))));
        }
    }

    /** The name notebooks are read under: their path, so that {@code %run} finds the files next to them. */
    private static String path(String name) {
        return Notebooks.LEGACY.resolve(name).toString().replace('\\', '/');
    }

    private static Location at(String name, int cell, int line, int column) {
        return new Location(path(name), cell, line, column);
    }

    private static Program program(String name) {
        return PROGRAMS.get(name);
    }

    @Test
    void supplierPricesHardCodedKeyIsFoundWithItsLocationAndNeverPrinted() throws Exception {
        Program program = program("supplier_price_normalisation.ipynb");
        assertThat(Files.readString(Notebooks.LEGACY.resolve("supplier_price_normalisation.ipynb"))).contains(FAKE_KEY);
        assertThat(program.secrets()).singleElement().satisfies(secret -> {
            assertThat(secret.kind()).isEqualTo(SecretKind.STORAGE_ACCOUNT_KEY);
            assertThat(secret.location()).isEqualTo(at("supplier_price_normalisation.ipynb", 3, 4, 16));
            assertThat(secret.context()).isEqualTo("fs.azure.account.key.contosofoodlake.blob.core.windows.net");
            assertThat(secret.toString()).doesNotContain(FAKE_KEY);
        });
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM401).singleElement()
                .satisfies(d -> assertThat(d.render()).doesNotContain(FAKE_KEY));
        assertThat(program.redact("spark.conf.set(k, \"" + FAKE_KEY + "\")")).isEqualTo("spark.conf.set(k, \"********\")");
        assertThat(program.cell(3).status()).isEqualTo(CellStatus.REVIEW);
    }

    @Test
    void supplierPricesLineageFromTheDataFrameApiAndHiveSql() {
        Program program = program("supplier_price_normalisation.ipynb");
        assertThat(program.lineage()).extracting(io -> io.direction().label(), IoAccess::format, IoAccess::location,
                IoAccess::mode, IoAccess::cell).containsExactly(
                tuple("read", "csv", "wasbs://suppliers@contosofoodlake.blob.core.windows.net/raw/price_lists/", "", 5),
                tuple("read", "csv", "wasbs://reference@contosofoodlake.blob.core.windows.net/fx_rates/", "", 6),
                tuple("write", "textfile", "foodops.dim_supplier", "create-external-table", 12),
                tuple("write", "parquet", "foodops.supplier_prices_gbp", "create-table", 13),
                tuple("read", "table", "foodops.dim_supplier", "", 14),
                tuple("write", "table", "foodops.supplier_prices_gbp", "insert-overwrite", 16),
                tuple("write", "table", "foodops.supplier_prices_gbp", "insert-overwrite", 17),
                tuple("read", "table", "foodops.supplier_prices_gbp", "", 18),
                tuple("read", "table", "foodops.supplier_prices_gbp", "", 19));
        assertThat(program.lineage().get(2).detail())
                .isEqualTo("location wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/");
        assertThat(program.parameters()).extracting(Parameter::name, Parameter::role).containsExactly(
                tuple("PRICE_LISTS_PATH", ParameterRole.PATH), tuple("FX_PATH", ParameterRole.PATH),
                tuple("MAX_PRICE_PER_KG_GBP", ParameterRole.THRESHOLD), tuple("RERUN_MONTH", ParameterRole.DATE));
    }

    @Test
    void dailyCoversUsesUtilsThroughRunAndPlotsSampledCopies() {
        Program program = program("daily_covers_sales.ipynb");
        assertThat(program.runDependencies()).singleElement().satisfies(run -> {
            assertThat(run.resolved()).contains(path("utils.ipynb"));
            assertThat(run.location()).isEqualTo(at("daily_covers_sales.ipynb", 3, 1, 0));
        });
        Symbol log = program.symbolsAfter(3).lookup("log").orElseThrow();
        assertThat(log.kind()).isEqualTo(SymbolKind.RUN_IMPORT);
        assertThat(program.symbolsAfter(6).lookup("sales_schema").orElseThrow().type()).isEqualTo(SparkObject.STRUCT_TYPE);
        assertThat(program.parameters()).extracting(Parameter::name, Parameter::kind).startsWith(
                tuple("RUN_DATE_FROM", ParameterKind.PAPERMILL), tuple("RUN_DATE_TO", ParameterKind.PAPERMILL),
                tuple("WRITE_OUTPUT", ParameterKind.PAPERMILL));
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM308).extracting(Diagnostic::location)
                .containsExactly(at("daily_covers_sales.ipynb", 16, 5, 9),
                        at("daily_covers_sales.ipynb", 18, 2, 1));
        assertThat(program.sinks()).filteredOn(io -> io.target() == IoAccess.Target.PATH).singleElement()
                .satisfies(io -> {
                    assertThat(io.location())
                            .isEqualTo("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/");
                    assertThat(io.parameter()).contains("OUTPUT_PATH");
                    assertThat(io.detail()).isEqualTo("partitioned by business_date");
                    assertThat(io.mode()).isEqualTo("overwrite");
                });
        assertThat(program.cell(14).status()).isEqualTo(CellStatus.EXPLORATION);
    }

    @Test
    void foodWasteReadsThroughTheUtilsHelperAndRegistersUdfs() {
        Program program = program("food_waste_costing.ipynb");
        assertThat(program.sources()).filteredOn(io -> io.detail().contains("read_csv")).singleElement()
                .satisfies(io -> {
                    assertThat(io.location()).isEqualTo("wasbs://menu@contosofoodlake.blob.core.windows.net/items/menu_items.csv");
                    assertThat(io.cell()).isEqualTo(11);
                    assertThat(io.parameter()).contains("MENU_ITEMS_PATH");
                });
        assertThat(program.symbolsAfter(7).lookup("to_kg_udf").orElseThrow().type())
                .isEqualTo(new FunctionType(2, FunctionKind.UDF, SparkObject.COLUMN));
        assertThat(program.symbolsAfter(14).lookup("waste_daily").orElseThrow().type()).isEqualTo(SparkObject.DATAFRAME);
        assertThat(program.diagnostics()).extracting(Diagnostic::code).contains(Code.NBM004, Code.NBM206);
    }

    @Test
    void pythonTwoReportRddCodeCountsAsTranslatedAndItsHazardsReported() {
        Program program = program("monthly_covers_report_py2.ipynb");
        // its RDD calls (textFile, filter, map, reduceByKey, collect, accumulator) are members the translator has Java for
        assertThat(program.cells()).extracting(CellAnalysis::status).containsExactly(CellStatus.NOT_CODE,
                CellStatus.READY, CellStatus.READY, CellStatus.READY, CellStatus.REVIEW, CellStatus.REVIEW,
                CellStatus.READY, CellStatus.EXPLORATION, CellStatus.REVIEW);
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM301).hasSize(3);
        assertThat(program.diagnostics()).noneMatch(d -> d.code() == Code.NBM203);
        assertThat(program.apiReferences()).filteredOn(r -> r.qualifiedName().startsWith("pyspark.RDD"))
                .isNotEmpty().allMatch(ApiReference::convertible);
        assertThat(program.sources()).extracting(IoAccess::via).containsOnly(IoAccess.Via.RDD, IoAccess.Via.SQL);
        assertThat(program.readiness().apiUnsupported()).isZero();
    }

    @Test
    void databricksWidgetsDisplayAndDelta() {
        Program program = program("site_weekly_kpi_databricks.py");
        assertThat(program.parameters()).extracting(Parameter::name, Parameter::kind, p -> p.type().display(),
                Parameter::variable).startsWith(
                tuple("week_start", ParameterKind.WIDGET, "str", Optional.of("week_start")),
                tuple("weeks", ParameterKind.WIDGET, "int", Optional.of("weeks")),
                tuple("env", ParameterKind.WIDGET, "str", Optional.of("env")));
        assertThat(program.explorations()).extracting(Exploration::kind).contains(ExplorationKind.DISPLAY);
        assertThat(program.sinks()).extracting(IoAccess::format, IoAccess::location).contains(
                tuple("delta", "{TARGET_TABLE}"),
                tuple("csv", "wasbs://curated@contosofoodlake.blob.core.windows.net/kpi/site_weekly_kpi_csv/"));
        assertThat(program.cell(10).status()).isEqualTo(CellStatus.BLOCKED);
    }

    @Test
    void zeppelinFormIsAParameter() {
        Program program = program("zeppelin/2F1K7QZPN/note.json");
        assertThat(program.parameters()).extracting(Parameter::name, Parameter::kind, Parameter::defaultValue)
                .contains(tuple("month", ParameterKind.ZEPPELIN_FORM, Optional.of(new ConstantValue.Str("2024-03"))));
        assertThat(program.sinks()).extracting(IoAccess::location)
                .containsExactly("foodops.supplier_punctuality_monthly");
    }

    @Test
    void forecastTypesItsMlPipelineAndSavesTheModel() {
        Program program = program("meal_demand_forecast.ipynb");
        assertThat(program.symbolsAfter(8).lookup("assembler").orElseThrow().type()).isInstanceOf(MlType.class);
        assertThat(program.symbolsAfter(10).lookup("predictions").orElseThrow().type()).isEqualTo(SparkObject.DATAFRAME);
        assertThat(program.sinks()).extracting(IoAccess::format, IoAccess::location).containsExactly(
                tuple("ml-model", "wasbs://models@contosofoodlake.blob.core.windows.net/demand/covers_gbt_v3"),
                tuple("table", "foodops.covers_forecast_backtest"));
        assertThat(program.diagnostics()).filteredOn(d -> d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR)
                .extracting(Diagnostic::code, d -> d.location().cell()).containsExactly(tuple(Code.NBM202, 14));
    }

    @Test
    void popularitySqlIsResolvedFromItsFormatArguments() {
        Program program = program("menu_item_popularity.ipynb");
        SqlUse weekly = program.sql().get(0);
        assertThat(weekly.complete()).isTrue();
        assertThat(weekly.text()).contains("business_date >= '2024-01-01'").contains("date_add('2024-03-25', 7)");
        assertThat(weekly.script().ok()).isTrue();
        assertThat(program.sources()).extracting(IoAccess::location).doesNotContain("menu_mix_raw");
    }
}
