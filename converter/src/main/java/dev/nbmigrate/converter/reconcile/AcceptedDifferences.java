package dev.nbmigrate.converter.reconcile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Differences a reviewer has examined and accepted, with the reason, in {@code <notebook>.accepted.json} beside the
 * notebook: {@code {"accepted": [{"result": "output foodops.dim_supplier", "fingerprint": "3f0c...", "reason":
 * "..."}]}}.
 *
 * <p>An entry accepts one result that differs: the same result ({@link #identity}) with the same difference
 * ({@link #fingerprint}: its schema differences, row counts and differing rows). A difference that changes is no
 * longer accepted, and the report lists the entry as stale. The report shows an accepted result as
 * {@link Verdict#ACCEPTED} with its reason, and a reconciliation whose differences are all accepted exits 0.
 *
 * @param file    the file read (null when there is none)
 * @param entries the accepted differences
 */
public record AcceptedDifferences(Path file, List<Entry> entries) {

    /** The suffix that replaces a notebook's extension: {@code supplier_price_normalisation.accepted.json}. */
    public static final String SUFFIX = ".accepted.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public AcceptedDifferences {
        entries = List.copyOf(entries);
    }

    /**
     * One accepted difference.
     *
     * @param result      the result's identity, as the report gives it
     * @param fingerprint the difference's fingerprint, as the report gives it
     * @param reason      why the difference is right, in words
     */
    public record Entry(String result, String fingerprint, String reason) {
    }

    /** The file of accepted differences of {@code notebook}. */
    public static Path fileFor(Path notebook) {
        String name = notebook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return notebook.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + SUFFIX);
    }

    /** Reads {@code file}; none accepted when it does not exist. */
    public static AcceptedDifferences read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new AcceptedDifferences(null, List.of());
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("accepted").isArray()) {
            throw new IOException(file + ": expected {\"accepted\": [{\"result\", \"fingerprint\", \"reason\"}]}");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root.path("accepted")) {
            index++;
            for (String field : List.of("result", "fingerprint", "reason")) {
                if (entry.path(field).asText("").isBlank()) {
                    throw new IOException(file + ": accepted difference " + index + " has no \"" + field
                            + "\" (every entry names the result, the fingerprint the report gave and the reason)");
                }
            }
            entries.add(new Entry(entry.path("result").asText(), entry.path("fingerprint").asText(),
                    entry.path("reason").asText()));
        }
        return new AcceptedDifferences(file, entries);
    }

    /** A result's identity: {@code output <name>}, or {@code cell <n> <what> <name>} for a displayed result. */
    public static String identity(Reconciled result) {
        return (result.cell() > 0 && !result.what().equals("output") ? "cell " + result.cell() + " " : "")
                + result.what() + " " + result.name();
    }

    /**
     * The difference of {@code result} as a short hash: its verdict, schema differences, row counts, differing rows
     * (values as the report shows them, clock columns left out) and printed texts. The same difference found again
     * has the same fingerprint.
     */
    public static String fingerprint(Reconciled result) {
        StringBuilder text = new StringBuilder(identity(result)).append('\n').append(result.verdict().name());
        Comparison c = result.comparison();
        if (c != null) {
            text.append('\n').append(String.join("\n", c.schemaDifferences())).append('\n').append(c.notebookRows())
                    .append('/').append(c.jobRows());
            Set<Integer> clock = new TreeSet<>();
            for (int i = 0; i < result.columns().size(); i++) {
                if (c.clockColumns().contains(result.columns().get(i).name())) {
                    clock.add(i);
                }
            }
            for (RowDifference d : c.rowDifferences()) {
                text.append('\n').append(row(d.notebook(), clock)).append(" | ").append(row(d.job(), clock));
            }
        }
        text.append('\n').append(result.notebookText()).append('\n').append(result.jobText());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static String row(List<JsonNode> values, Set<Integer> clock) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            shown.add(clock.contains(i) ? "(clock)" : Values.display(values.get(i)));
        }
        return String.join(",", shown);
    }

    /** {@code results} with every accepted difference marked {@link Verdict#ACCEPTED}, its reason in the note. */
    public List<Reconciled> apply(List<Reconciled> results) {
        List<Reconciled> applied = new ArrayList<>();
        for (Reconciled r : results) {
            Entry entry = r.verdict() == Verdict.EQUAL ? null : match(r);
            applied.add(entry == null ? r : new Reconciled(r.cell(), r.what(), r.name(), Verdict.ACCEPTED, r.columns(),
                    r.comparison(), r.notebookText(), r.jobText(), "accepted (" + r.verdict().words() + "): "
                    + entry.reason() + (r.note().isEmpty() ? "" : "; " + r.note())));
        }
        return applied;
    }

    /** The entries that accept none of {@code results}: the difference changed or went away. */
    public List<Entry> stale(List<Reconciled> results) {
        List<Entry> stale = new ArrayList<>(entries);
        results.stream().filter(r -> r.verdict() != Verdict.EQUAL).forEach(r -> stale.remove(match(r)));
        return stale;
    }

    private Entry match(Reconciled result) {
        String identity = identity(result);
        String fingerprint = fingerprint(result);
        return entries.stream().filter(e -> e.result().equals(identity) && e.fingerprint().equals(fingerprint))
                .findFirst().orElse(null);
    }
}
