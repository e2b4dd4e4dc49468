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
 * <p>The Python interpreter is {@code PYSPARK_PYTHON} when the user sets it (Spark's own variable), else the first
 * of {@link #INTERPRETERS} that imports PySpark, one that also imports pandas preferred (a notebook's
 * {@code toPandas()} needs it; a system Python often has it from the distribution's packages, such as Debian's
 * {@code python3-pandas}). The chosen interpreter runs the notebook and, through {@code PYSPARK_PYTHON}, its Python
 * workers (UDFs).
 *
 * @param environment variables to add when running the interpreter ({@code PYSPARK_PYTHON} among them)
 * @param version     PySpark's version
 * @param python      the Python interpreter
 * @param pandas      whether that interpreter imports pandas
 */
public record PySpark(Map<String, String> environment, String version, String python, boolean pandas) {

    /** The option value that looks for an installation. */
    public static final String AUTO = "auto";
    /** The interpreters tried, in order, when {@code PYSPARK_PYTHON} is not set: the PATH's, then the system's. */
    public static final List<String> INTERPRETERS = List.of("python3", "/usr/bin/python3");
    private static final String PROBE = "import pyspark\nprint(pyspark.__version__)\ntry:\n    import pandas\n"
            + "    print('pandas')\nexcept ImportError:\n    print('-')\n";
    private static final java.util.regex.Pattern MISSING_MODULE = java.util.regex.Pattern.compile(
            "ModuleNotFoundError: No module named '([^'.]+)[^']*'");

    public PySpark {
        environment = new TreeMap<>(environment);
    }

    /** PySpark run by {@code python3}, pandas unknown. */
    public PySpark(Map<String, String> environment, String version) {
        this(environment, version, "python3", false);
    }

    /**
     * A notebook error as the report gives it: a module the notebook imports (or PySpark imports for it, as pandas
     * for {@code toPandas()}) that the interpreter lacks is named with the ways to get it.
     */
    public String explain(String message) {
        java.util.regex.Matcher m = MISSING_MODULE.matcher(message);
        if (!m.find()) {
            return message;
        }
        return message + " (the notebook needs the Python module '" + m.group(1) + "', which " + python
                + " lacks: install it for that interpreter (pip install " + m.group(1) + ", or the distribution's"
                + " python3-" + m.group(1) + "), or set PYSPARK_PYTHON to a Python that has it and PySpark " + version
                + "'s requirements; the cells before this one were compared)";
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
        throw new NotFound("PySpark not found: " + String.join(" nor ", INTERPRETERS) + " can import pyspark (install it with 'pip install"
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

    /**
     * PySpark if an interpreter imports it with {@code added} on top of {@code environment}: {@code PYSPARK_PYTHON}
     * when set, else the first of {@link #INTERPRETERS} that also has pandas, else the first that has PySpark.
     */
    private static Optional<PySpark> check(Map<String, String> added, Map<String, String> environment)
            throws InterruptedException {
        String chosen = environment.getOrDefault("PYSPARK_PYTHON", "");
        List<String> interpreters = chosen.isBlank() ? INTERPRETERS : List.of(chosen);
        Optional<PySpark> first = Optional.empty();
        for (String python : interpreters) {
            Optional<PySpark> found = probe(python, added, environment);
            if (found.isPresent() && found.get().pandas()) {
                return found;
            }
            first = first.isPresent() ? first : found;
        }
        return first;
    }

    private static Optional<PySpark> probe(String python, Map<String, String> added, Map<String, String> environment)
            throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python, "-c", PROBE)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        builder.environment().putAll(added);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                    .lines().toList();
            if (process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0 && out.size() >= 2) {
                Map<String, String> withPython = new TreeMap<>(added);
                withPython.put("PYSPARK_PYTHON", python);
                return Optional.of(new PySpark(withPython, out.get(out.size() - 2), python,
                        out.get(out.size() - 1).equals("pandas")));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
