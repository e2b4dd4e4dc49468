package dev.nbmigrate.converter.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AcceptedDifferencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An output whose notebook side has one row more (a header line read as a row). */
    private static Reconciled headerRow(String extra) {
        List<JsonNode> header = List.of(JSON.getNodeFactory().textNode(extra), JSON.getNodeFactory().textNode("name"));
        Comparison c = new Comparison(false, List.of(), List.of(new RowDifference(0, header, null)), 31, 30, false);
        return new Reconciled(0, "output", "foodops.dim_supplier", Verdict.DIFFERENT,
                List.of(new Column("supplier_id", "string"), new Column("supplier_name", "string")), c, "", "", "");
    }

    private static Reconciled equal() {
        return new Reconciled(5, "show", "show", Verdict.EQUAL, List.of(), null, "", "", "");
    }

    private static AcceptedDifferences accepting(Reconciled r, Path dir) throws IOException {
        Path file = dir.resolve("nb" + AcceptedDifferences.SUFFIX);
        Files.writeString(file, "{\"accepted\": [{\"result\": \"" + AcceptedDifferences.identity(r)
                + "\", \"fingerprint\": \"" + AcceptedDifferences.fingerprint(r)
                + "\", \"reason\": \"the notebook's reader keeps the header line\"}]}");
        return AcceptedDifferences.read(file);
    }

    @Test
    void anAcceptedDifferenceIsShownWithItsReasonAndTheReconciliationPasses(@TempDir Path dir) throws IOException {
        Reconciled different = headerRow("supplier_id");
        AcceptedDifferences accepted = accepting(different, dir);
        List<Reconciled> results = accepted.apply(List.of(different, equal()));
        assertThat(results).extracting(Reconciled::verdict).containsExactly(Verdict.ACCEPTED, Verdict.EQUAL);
        assertThat(results.get(0).note()).isEqualTo("accepted (different): the notebook's reader keeps the header line");
        assertThat(accepted.stale(List.of(different, equal()))).isEmpty();
        Reconciliation r = new Reconciliation("m", "nb.ipynb", "3.5.5", List.of(), results, Map.of(),
                "nb.accepted.json", List.of());
        assertThat(r.equal()).isTrue();
        assertThat(ReportFormat.MD.render(List.of(r))).contains("| accepted |")
                .contains("the notebook's reader keeps the header line");
    }

    @Test
    void aChangedDifferenceIsNotAcceptedAndTheEntryIsStale(@TempDir Path dir) throws IOException {
        AcceptedDifferences accepted = accepting(headerRow("supplier_id"), dir);
        Reconciled changed = headerRow("S99");
        assertThat(accepted.apply(List.of(changed))).extracting(Reconciled::verdict).containsExactly(Verdict.DIFFERENT);
        assertThat(accepted.stale(List.of(changed))).hasSize(1);
        Reconciliation r = new Reconciliation("m", "nb.ipynb", "3.5.5", List.of(), accepted.apply(List.of(changed)),
                Map.of(), "nb.accepted.json", accepted.stale(List.of(changed)));
        assertThat(r.equal()).isFalse();
        String md = ReportFormat.MD.render(List.of(r));
        assertThat(md).contains("accepts it in `nb.accepted.json`")
                .contains("\"fingerprint\":\"" + AcceptedDifferences.fingerprint(changed) + "\"")
                .contains("accept nothing any more");
    }

    @Test
    void theFingerprintIsStableAndLeavesClockValuesOut() {
        assertThat(AcceptedDifferences.fingerprint(headerRow("a"))).isEqualTo(AcceptedDifferences.fingerprint(
                headerRow("a"))).hasSize(12).isNotEqualTo(AcceptedDifferences.fingerprint(headerRow("b")));
        Comparison first = new Comparison(false, List.of(), List.of(new RowDifference(0, List.of(
                JSON.getNodeFactory().textNode("2026-12-07T10:00:00Z")), null)), 1, 0, false, List.of("at"));
        Comparison second = new Comparison(false, List.of(), List.of(new RowDifference(0, List.of(
                JSON.getNodeFactory().textNode("2026-12-08T11:00:00Z")), null)), 1, 0, false, List.of("at"));
        List<Column> columns = List.of(new Column("at", "timestamp"));
        assertThat(AcceptedDifferences.fingerprint(new Reconciled(0, "output", "t", Verdict.DIFFERENT, columns,
                first, "", "", ""))).isEqualTo(AcceptedDifferences.fingerprint(new Reconciled(0, "output", "t",
                        Verdict.DIFFERENT, columns, second, "", "", "")));
    }

    @Test
    void noFileAcceptsNothingAndABadFileIsAClearError(@TempDir Path dir) throws IOException {
        assertThat(AcceptedDifferences.read(dir.resolve("none.accepted.json")).entries()).isEmpty();
        assertThat(AcceptedDifferences.fileFor(dir.resolve("supplier_price_normalisation.ipynb")).getFileName())
                .hasToString("supplier_price_normalisation.accepted.json");
        Path noReason = dir.resolve("a.accepted.json");
        Files.writeString(noReason, "{\"accepted\": [{\"result\": \"output t\", \"fingerprint\": \"abc\"}]}");
        assertThatThrownBy(() -> AcceptedDifferences.read(noReason)).isInstanceOf(IOException.class)
                .hasMessageContaining("accepted difference 1 has no \"reason\"");
        Path broken = dir.resolve("b.accepted.json");
        Files.writeString(broken, "{\"accepted\": [");
        assertThatThrownBy(() -> AcceptedDifferences.read(broken)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not valid JSON");
    }
}
