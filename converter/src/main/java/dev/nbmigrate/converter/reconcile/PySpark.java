package dev.nbmigrate.converter.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A local PySpark to run notebooks with: {@code python3} and the environment that makes {@code import pyspark}
 * work.
 *
 * <p>{@code --pyspark auto} takes the user's own installation ({@code python3 -c 'import pyspark'} works as the
 * environment is), else the {@code setup} script of a {@code shared/pyspark} folder beside the project (which
 * prints {@code export} lines). {@code --pyspark PATH} names a {@code setup} script or a {@code site-packages}
 * folder holding {@code pyspark/}.
 *
 * @param environment variables to add when running {@code python3}
 * @param version     PySpark's version
 */
public record PySpark(Map<String, String> environment, String version) {

    /** The option value that looks for an installation. */
    public static final String AUTO = "auto";

    public PySpark {
        environment = new TreeMap<>(environment);
    }

    /** Why no PySpark could be found, in words for the user. */
    public static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    /**
     * Finds PySpark as {@code option} says.
     *
     * @param projectRoot the project folder (its parent may hold {@code shared/pyspark})
     * @param environment the user's environment variables
     */
    public static PySpark locate(String option, Path projectRoot, Map<String, String> environment)
            throws NotFound, InterruptedException {
        if (!option.equals(AUTO)) {
            Path path = projectRoot.resolve(option).toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                return fromSetup(path, projectRoot, environment);
            }
            if (Files.isRegularFile(path.resolve("pyspark/__init__.py"))) {
                return check(Map.of("PYTHONPATH", path.toString()), environment)
                        .orElseThrow(() -> new NotFound("python3 cannot import pyspark from " + path));
            }
            throw new NotFound("--pyspark " + option + " is neither a setup script nor a folder holding pyspark/");
        }
        Optional<PySpark> own = check(Map.of(), environment);
        if (own.isPresent()) {
            return own.get();
        }
        Path shared = projectRoot.toAbsolutePath().normalize().resolveSibling("shared/pyspark/setup");
        if (Files.isRegularFile(shared)) {
            return fromSetup(shared, projectRoot, environment);
        }
        throw new NotFound("PySpark not found: python3 cannot import pyspark (install it with 'pip install"
                + " pyspark==3.5.*' or put it on PYTHONPATH) and there is no " + shared
                + "; or name one with --pyspark PATH");
    }

    private static PySpark fromSetup(Path setup, Path projectRoot, Map<String, String> environment)
            throws NotFound, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "eval \"$(bash \"$1\")\" && printf '%s\\n%s\\n' \"$PYTHONPATH\" \"$SPARK_LOCAL_IP\"", "setup",
                setup.toString()).directory(projectRoot.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new NotFound(setup + " failed (exit code " + (process.isAlive() ? "none: timed out"
                        : process.exitValue()) + ")");
            }
            List<String> lines = out.lines().toList();
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                throw new NotFound(setup + " printed no PYTHONPATH");
            }
            Map<String, String> added = new TreeMap<>(Map.of("PYTHONPATH", lines.get(0)));
            if (lines.size() > 1 && !lines.get(1).isBlank()) {
                added.put("SPARK_LOCAL_IP", lines.get(1));
            }
            return check(added, environment).orElseThrow(
                    () -> new NotFound("python3 cannot import pyspark after " + setup));
        } catch (IOException e) {
            throw new NotFound("cannot run " + setup + ": " + e.getMessage());
        }
    }

    /** PySpark if {@code python3} imports it with {@code added} on top of {@code environment}. */
    private static Optional<PySpark> check(Map<String, String> added, Map<String, String> environment)
            throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", "import pyspark; print(pyspark.__version__)")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        builder.environment().putAll(added);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0 && !out.isEmpty()) {
                return Optional.of(new PySpark(added, out.lines().reduce((a, b) -> b).orElse(out)));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
