package dev.nbmigrate.converter.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ResultComparatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A captured result of one column per type in {@code types} and the rows of {@code rowsJson}. */
    private static Captured result(String types, String rowsJson, boolean ordered) {
        List<Column> columns = new ArrayList<>();
        String[] names = types.split(";");
        for (int i = 0; i < names.length; i++) {
            columns.add(new Column("c" + i, names[i]));
        }
        List<List<JsonNode>> rows = new ArrayList<>();
        try {
            for (JsonNode row : JSON.readTree(rowsJson)) {
                List<JsonNode> values = new ArrayList<>();
                row.forEach(values::add);
                rows.add(values);
            }
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        return new Captured(columns, rows, ordered, false);
    }

    private static Comparison compare(String types, String notebook, String job) {
        return ResultComparator.compare(result(types, notebook, false), result(types, job, false));
    }

    @Test
    void nullEqualsOnlyNull() {
        assertThat(compare("string", "[[null]]", "[[null]]").equal()).isTrue();
        assertThat(compare("string", "[[null]]", "[[\"\"]]").equal()).isFalse();
        assertThat(compare("int", "[[null]]", "[[0]]").equal()).isFalse();
    }

    @Test
    void aColumnNullInEveryJobRowDiffers() {
        Comparison c = compare("string;string", "[[\"S1\",\"Acme\"],[\"S2\",\"Bolt\"]]",
                "[[\"S1\",null],[\"S2\",null]]");
        assertThat(c.equal()).isFalse();
        assertThat(c.rowDifferences()).hasSize(2);
        assertThat(c.rowDifferences().get(0).job().get(1).isNull()).isTrue();
    }

    @Test
    void withinTheDocumentedToleranceAreEqual() {
        assertThat(compare("double", "[[0.30000000000000004]]", "[[0.3]]").equal()).isTrue();
        assertThat(compare("double", "[[1234567.891]]", "[[1234567.8910000001]]").equal()).isTrue();
    }

    @Test
    void beyondItDiffer() {
        assertThat(compare("double", "[[24.04]]", "[[24.05]]").equal()).isFalse();
        assertThat(compare("double", "[[1.0]]", "[[1.00001]]").equal()).isFalse();
    }

    @Test
    void nanEqualsNanAndInfinityOnlyItself() {
        assertThat(compare("double", "[[\"NaN\"]]", "[[\"NaN\"]]").equal()).isTrue();
        assertThat(compare("double", "[[\"NaN\"]]", "[[0.0]]").equal()).isFalse();
        assertThat(compare("double", "[[\"NaN\"]]", "[[null]]").equal()).isFalse();
        assertThat(compare("double", "[[\"Infinity\"]]", "[[\"Infinity\"]]").equal()).isTrue();
        assertThat(compare("double", "[[\"Infinity\"]]", "[[\"-Infinity\"]]").equal()).isFalse();
        assertThat(compare("double", "[[\"Infinity\"]]", "[[1.7976931348623157E308]]").equal()).isFalse();
    }

    @Test
    void negativeZeroEqualsZero() {
        assertThat(compare("double", "[[-0.0]]", "[[0.0]]").equal()).isTrue();
    }

    @Test
    void floatsHaveAWiderTolerance() {
        assertThat(compare("float", "[[0.1]]", "[[0.10000000149011612]]").equal()).isTrue();
        assertThat(compare("double", "[[0.1]]", "[[0.10000000149011612]]").equal()).isFalse();
    }

    @Test
    void decimalsAndIntegersAreExact() {
        assertThat(compare("decimal(10,2)", "[[\"1.50\"]]", "[[\"1.5\"]]").equal()).isTrue();
        assertThat(compare("decimal(10,2)", "[[\"1.50\"]]", "[[\"1.51\"]]").equal()).isFalse();
        assertThat(compare("bigint", "[[9007199254740993]]", "[[9007199254740992]]").equal()).isFalse();
    }

    @Test
    void toleranceRejectsNegativeValues() {
        assertThatThrownBy(() -> new Tolerance(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timestampsAreInstantsWhateverTheZoneWritten() {
        assertThat(compare("timestamp", "[[\"2024-03-31T01:30:00Z\"]]", "[[\"2024-03-31T03:30:00+02:00\"]]")
                .equal()).isTrue();
        assertThat(compare("timestamp", "[[\"2024-03-31T01:30:00Z\"]]", "[[\"2024-03-31T01:30:00+01:00\"]]")
                .equal()).isFalse();
    }

    @Test
    void timestampsWithoutAnOffsetAreUtc() {
        assertThat(compare("timestamp", "[[\"2024-01-15 10:00:00\"]]", "[[\"2024-01-15T10:00:00Z\"]]").equal())
                .isTrue();
    }

    @Test
    void localTimestampsIgnoreNoZoneButCompareTheirFields() {
        assertThat(compare("timestamp_ntz", "[[\"2024-01-15T10:00:00\"]]", "[[\"2024-01-15T10:00\"]]").equal())
                .isTrue();
        assertThat(compare("timestamp_ntz", "[[\"2024-01-15T10:00:00\"]]", "[[\"2024-01-15T11:00:00\"]]")
                .equal()).isFalse();
    }

    @Test
    void datesCompareAsDates() {
        assertThat(compare("date", "[[\"2024-02-29\"]]", "[[\"2024-02-29\"]]").equal()).isTrue();
        assertThat(compare("date", "[[\"2024-02-29\"]]", "[[\"2024-03-01\"]]").equal()).isFalse();
    }

    @Test
    void arraysCompareElementsInOrderWithTheirTypesRules() {
        assertThat(compare("array<double>", "[[[0.1,0.30000000000000004]]]", "[[[0.1,0.3]]]").equal()).isTrue();
        assertThat(compare("array<int>", "[[[1,2]]]", "[[[2,1]]]").equal()).isFalse();
        assertThat(compare("array<int>", "[[[1,2]]]", "[[[1,2,3]]]").equal()).isFalse();
    }

    @Test
    void structsCompareFieldByFieldAsArraysOrObjects() {
        String type = "struct<name:string,ts:timestamp,scores:array<double>>";
        assertThat(compare(type, "[[[\"a\",\"2024-01-01T00:00:00Z\",[1.0]]]]",
                "[[{\"name\":\"a\",\"ts\":\"2024-01-01T01:00:00+01:00\",\"scores\":[1.0]}]]").equal()).isTrue();
        assertThat(compare(type, "[[[\"a\",\"2024-01-01T00:00:00Z\",[1.0]]]]",
                "[[[\"a\",\"2024-01-01T00:00:00Z\",[2.0]]]]").equal()).isFalse();
    }

    @Test
    void mapsIgnoreEntryOrder() {
        assertThat(compare("map<string,int>", "[[[[\"a\",1],[\"b\",2]]]]", "[[[[\"b\",2],[\"a\",1]]]]").equal())
                .isTrue();
        assertThat(compare("map<string,int>", "[[[[\"a\",1],[\"b\",2]]]]", "[[[[\"b\",1],[\"a\",2]]]]").equal())
                .isFalse();
    }

    @Test
    void typeStringsParseWithNesting() {
        SparkType type = SparkType.parse("struct<a:int,b:map<string,array<decimal(10,2)>>>");
        assertThat(type.fieldNames()).containsExactly("a", "b");
        assertThat(type.elements().get(1).elements().get(1).elements().get(0).name()).isEqualTo("decimal");
        assertThatThrownBy(() -> SparkType.parse("array<int")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsortedResultsCompareAsMultisets() {
        assertThat(compare("string;int", "[[\"a\",1],[\"b\",2]]", "[[\"b\",2],[\"a\",1]]").equal()).isTrue();
    }

    @Test
    void duplicatesCount() {
        Comparison c = compare("string", "[[\"a\"],[\"a\"],[\"b\"]]", "[[\"a\"],[\"b\"],[\"b\"]]");
        assertThat(c.equal()).isFalse();
        assertThat(c.rowDifferences()).hasSize(1);
        assertThat(c.rowDifferences().get(0).notebook().get(0).asText()).isEqualTo("a");
        assertThat(c.rowDifferences().get(0).job().get(0).asText()).isEqualTo("b");
    }

    @Test
    void rowsEqualWithinToleranceMatchEvenWhenTheySortApart() {
        assertThat(compare("double;string", "[[0.9999999999999999,\"x\"],[1.0,\"a\"]]",
                "[[1.0,\"x\"],[0.9999999999999999,\"a\"]]").equal()).isTrue();
    }

    @Test
    void sortedResultsCompareInOrder() {
        Captured notebook = result("string", "[[\"a\"],[\"b\"]]", true);
        Captured job = result("string", "[[\"b\"],[\"a\"]]", false);
        Comparison c = ResultComparator.compare(notebook, job);
        assertThat(c.equal()).isFalse();
        assertThat(c.ordered()).isTrue();
        assertThat(c.rowDifferences()).extracting(RowDifference::position).containsExactly(0, 1);
    }

    @Test
    void missingRowsAreReportedOnTheirSide() {
        Comparison c = compare("int", "[[1],[2],[3]]", "[[1],[3]]");
        assertThat(c.equal()).isFalse();
        assertThat(c.notebookRows()).isEqualTo(3);
        assertThat(c.jobRows()).isEqualTo(2);
        assertThat(c.rowDifferences().get(0).notebook().get(0).asInt()).isEqualTo(2);
        assertThat(c.rowDifferences().get(0).job()).isEmpty();
    }

    @Test
    void truncatedUnsortedResultsCompareByCount() {
        Captured notebook = new Captured(List.of(new Column("c", "int")),
                List.of(List.of(JSON.getNodeFactory().numberNode(1))), false, true);
        Captured job = new Captured(List.of(new Column("c", "int")),
                List.of(List.of(JSON.getNodeFactory().numberNode(2))), false, true);
        assertThat(ResultComparator.compare(notebook, job).equal()).isTrue();
    }

    @Test
    void integerAndIntAreOneTypeButIntAndBigintAreNot() {
        Captured a = new Captured(List.of(new Column("n", "integer")), List.of(), false, false);
        Captured b = new Captured(List.of(new Column("N", "int")), List.of(), false, false);
        Captured c = new Captured(List.of(new Column("n", "bigint")), List.of(), false, false);
        assertThat(ResultComparator.compare(a, b).equal()).isTrue();
        Comparison differs = ResultComparator.compare(b, c);
        assertThat(differs.equal()).isFalse();
        assertThat(differs.schemaDifferences()).containsExactly("column N: notebook int, job bigint");
    }

    @Test
    void extraColumnsAreNamed() {
        Captured a = new Captured(List.of(new Column("a", "int")), List.of(), false, false);
        Captured b = new Captured(List.of(new Column("a", "int"), new Column("b", "string")), List.of(), false,
                false);
        assertThat(ResultComparator.compare(a, b).schemaDifferences())
                .containsExactly("column b only in the job's result");
    }

    /** {@code result} with the columns {@code clock} marked as the clock's. */
    private static Captured withClock(Captured result, String... clock) {
        return new Captured(result.columns(), result.rows(), result.ordered(), result.truncated(), List.of(clock));
    }

    private static final String LOADED_NOTEBOOK = "[[\"S1\",\"2026-12-07T10:00:00.123Z\"],[\"S2\",null]]";
    private static final String LOADED_JOB = "[[\"S2\",null],[\"S1\",\"2026-12-08T01:02:03Z\"]]";

    @Test
    void aClockColumnIsComparedByNullnessOnlyAndNamed() {
        Captured notebook = withClock(result("string;timestamp", LOADED_NOTEBOOK, false), "c1");
        Comparison c = ResultComparator.compare(notebook, result("string;timestamp", LOADED_JOB, false));
        assertThat(c.equal()).isTrue();
        assertThat(c.clockColumns()).containsExactly("c1");
    }

    @Test
    void theJobSideLineageAloneMarksAClockColumnNamesIgnoringCase() {
        Captured job = withClock(result("string;timestamp", LOADED_JOB, false), "C1");
        Comparison c = ResultComparator.compare(result("string;timestamp", LOADED_NOTEBOOK, false), job);
        assertThat(c.equal()).isTrue();
        assertThat(c.clockColumns()).containsExactly("c1");
    }

    @Test
    void withoutLineageTheSameValuesDiffer() {
        Comparison c = ResultComparator.compare(result("string;timestamp", LOADED_NOTEBOOK, false),
                result("string;timestamp", LOADED_JOB, false));
        assertThat(c.equal()).isFalse();
        assertThat(c.clockColumns()).isEmpty();
    }

    @Test
    void aClockColumnNullOnOneSideOnlyDiffers() {
        Captured notebook = withClock(result("string;timestamp", "[[\"S1\",\"2026-12-07T10:00:00Z\"]]", false), "c1");
        Comparison c = ResultComparator.compare(notebook, result("string;timestamp", "[[\"S1\",null]]", false));
        assertThat(c.equal()).isFalse();
        assertThat(c.rowDifferences()).hasSize(1);
    }

    @Test
    void aClockColumnKeepsItsTypeCheckAndTheOtherColumnsTheirValues() {
        Captured notebook = withClock(result("string;timestamp", "[[\"S1\",\"2026-12-07T10:00:00Z\"]]", false), "c1");
        assertThat(ResultComparator.compare(notebook, result("string;string", "[[\"S1\",\"now\"]]", false))
                .schemaDifferences()).containsExactly("column c1: notebook timestamp, job string");
        assertThat(ResultComparator.compare(notebook, result("string;timestamp",
                "[[\"S9\",\"2026-12-08T00:00:00Z\"]]", false)).equal()).isFalse();
    }

    @Test
    void aClockDateColumnInASortedResultKeepsTheOrderOfTheOtherColumns() {
        Captured notebook = withClock(result("int;date", "[[1,\"2026-12-07\"],[2,\"2026-12-07\"]]", true), "c1");
        assertThat(ResultComparator.compare(notebook, result("int;date", "[[1,\"2026-12-08\"],[2,\"2026-12-08\"]]",
                false)).equal()).isTrue();
        assertThat(ResultComparator.compare(notebook, result("int;date", "[[2,\"2026-12-08\"],[1,\"2026-12-08\"]]",
                false)).equal()).isFalse();
    }

    @Test
    void clockColumnsAreReadFromTheCaptureFormat() throws Exception {
        Captured read = Captured.fromJson(JSON.readTree("{\"columns\":[{\"name\":\"_loaded_at\",\"type\":"
                + "\"timestamp\"}],\"rows\":[],\"clockColumns\":[\"_loaded_at\"]}"));
        assertThat(read.clockColumns()).containsExactly("_loaded_at");
        assertThat(Captured.fromJson(JSON.readTree("{\"columns\":[],\"rows\":[]}")).clockColumns()).isEmpty();
    }
}
