package dev.nbmigrate.converter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The floor a conversion is compared with: the CPU seconds CPython ({@code python3}) takes to load the notebooks
 * and {@code ast.parse} their code cells, interpreter start-up left out. Empty when there is no {@code python3}.
 */
public final class PythonFloor {

    private static final String SCRIPT = "floor.py";
    private static final long LIMIT_SECONDS = 300;

    /** What CPython did: notebooks read, code cells parsed, CPU seconds. */
    public record Result(int notebooks, int cellsParsed, double cpuSeconds) {
    }

    private final String python;

    public PythonFloor() {
        this("python3");
    }

    /** With another interpreter command (tests name one that does not exist). */
    public PythonFloor(String python) {
        this.python = python;
    }

    /** Runs the floor on {@code notebooks}; empty, with the reason in {@code why}, when CPython is unavailable. */
    public Optional<Result> measure(List<Path> notebooks, StringBuilder why) {
        String script;
        try (InputStream in = PythonFloor.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("the floor script " + SCRIPT + " is missing from the converter jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the floor script: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(python, "-I", "-c", script));
        notebooks.forEach(n -> command.add(n.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                why.append(python).append(" took longer than ").append(LIMIT_SECONDS).append(" s");
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                why.append(python).append(" failed (exit ").append(process.exitValue())
                        .append("): a notebook it cannot read as JSON?");
                return Optional.empty();
            }
            return Optional.of(parse(output));
        } catch (IOException e) {
            why.append("no ").append(python).append(" on this machine");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why.append("interrupted");
            return Optional.empty();
        }
    }

    /** The script's one line: notebooks, cells parsed, CPU seconds. */
    static Result parse(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalStateException("unexpected output of the floor script: " + line);
        }
        return new Result(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Double.parseDouble(parts[2]));
    }
}
