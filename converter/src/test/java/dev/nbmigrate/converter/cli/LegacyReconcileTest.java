package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.reconcile.ModuleReconciler;
import dev.nbmigrate.converter.reconcile.PySpark;
import dev.nbmigrate.converter.reconcile.Reconciliation;
import dev.nbmigrate.converter.reconcile.ReportFormat;

/**
 * Reconciles the legacy modules named in {@code reconcile/floor.properties} (the notebook under a real PySpark, the
 * generated job on local Spark) and fails when fewer cells reconcile equal than the floor. Skipped, saying why, when
 * no PySpark is found ({@code python3} cannot import it and there is no {@code shared/pyspark} beside the checkout).
 * One module only by default: a reconciliation costs a PySpark run and a Maven build of the module.
 */
class LegacyReconcileTest {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyReconcileTest.class);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void cellsReconciledEqualStayAtOrAboveTheFloor(@TempDir Path scratch) throws Exception {
        dev.nbmigrate.converter.testing.BuildTarget.requireDefault("reconciling the legacy modules");
        PySpark pyspark;
        try {
            pyspark = PySpark.locate(PySpark.AUTO, ROOT, System.getenv());
        } catch (PySpark.NotFound e) {
            Assumptions.abort("needs a PySpark to run the legacy notebooks: " + e.getMessage());
            return;
        }
        ModuleReconciler reconciler = new ModuleReconciler(ROOT, pyspark, true, Map.of(), LOG::debug);
        for (Map.Entry<String, Integer> floor : floors().entrySet()) {
            Path module = ROOT.resolve("generated").resolve(floor.getKey());
            Reconciliation result = reconciler.reconcile(module, null, ModuleTargets.profiles(java.util.List.of(module)),
                    scratch.resolve(floor.getKey())).reconciliation();
            LOG.info("reconcile {}: {} cells equal (floor {})\n{}", floor.getKey(), result.cellsEqual(),
                    floor.getValue(), ReportFormat.MD.render(java.util.List.of(result)));
            assertThat(result.cellsEqual())
                    .as("cells of %s reconciled equal (floor in reconcile/floor.properties); the report is logged",
                            floor.getKey())
                    .isGreaterThanOrEqualTo(floor.getValue());
        }
    }

    private static Map<String, Integer> floors() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LegacyReconcileTest.class.getResourceAsStream("/reconcile/floor.properties")) {
            properties.load(in);
        }
        Map<String, Integer> floors = new TreeMap<>();
        properties.forEach((k, v) -> floors.put(k.toString(), Integer.parseInt(v.toString().strip())));
        assertThat(floors).as("modules in reconcile/floor.properties").isNotEmpty();
        return floors;
    }
}
