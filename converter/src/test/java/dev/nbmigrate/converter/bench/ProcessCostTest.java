package dev.nbmigrate.converter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessCostTest {

    @Test
    void peakResidentMemoryIsTheVmHwmLineInBytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t 1000 kB\n";

        assertThat(ProcessCost.parsePeakResident(status)).hasValue(512L << 20);
        assertThat(ProcessCost.parsePeakResident("Name:\tjava\n")).isEmpty();
    }

    @Test
    void cpuTimeGrowsWithWork() {
        long before = ProcessCost.cpuNanos();
        double sink = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sink += Math.sqrt(i);
        }
        assertThat(sink).isPositive();
        assertThat(ProcessCost.cpuNanos()).isGreaterThan(before);
    }

    @Test
    void withoutPythonTheFloorIsUnavailableAndSaysWhy() {
        StringBuilder why = new StringBuilder();

        assertThat(new PythonFloor("no-such-python-nbmigrate").measure(List.of(Path.of("x.ipynb")), why)).isEmpty();
        assertThat(why.toString()).isEqualTo("no no-such-python-nbmigrate on this machine");
    }

    @Test
    void theFloorLineIsNotebooksCellsAndSeconds() {
        assertThat(PythonFloor.parse("3 41 0.0125\n")).isEqualTo(new PythonFloor.Result(3, 41, 0.0125));
    }
}
