package dev.nbmigrate.converter.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.nbmigrate.converter.assess.AssessmentReport.CellRow;
import dev.nbmigrate.converter.assess.AssessmentReport.DiagnosticRow;
import dev.nbmigrate.converter.assess.AssessmentReport.NotebookReport;
import dev.nbmigrate.converter.diag.Code;

/**
 * What a manager acts on, computed from an {@link AssessmentReport}: a verdict and an effort estimate per notebook
 * (the rules are {@link #VERDICT_RULE} and {@link #EFFORT_FORMULA}, printed in the reports), totals over the
 * portfolio, the blockers by cause, where to start, and every finding sorted by severity with its cell's source
 * (already redacted by the report).
 */
public record PortfolioOverview(List<Verdict> verdicts, Totals totals, List<Blocker> blockers, List<Verdict> startWith,
        List<Finding> findings) {

    public static final String CONVERT = "convert as is";
    public static final String REVIEW = "review";
    public static final String PORT = "port by hand";

    /** The verdict rule, as the reports state it. */
    public static final String VERDICT_RULE = "convert as is: no error or warning finding and no blocking cell;"
            + " port by hand: the notebook could not be analysed, or more than a third of its code cells block (a"
            + " failing step in the converted job, or blocked / not translated where it could not be translated);"
            + " review: every other notebook (convert it, then port its blocking cells and check its warnings).";
    /** The effort formula, as the reports state it. */
    public static final String EFFORT_FORMULA = "hours = 0.5 per notebook (convert, read the diff, run its test)"
            + " + 2 per blocking cell (port the step by hand) + 0.5 per error finding (find what it breaks) + 0.25"
            + " per warning (check it) + 1 per hard-coded secret (move it to a secret scope); for a notebook to port"
            + " by hand, 0.5 + 1 per code cell instead.";

    private static final BigDecimal BASE = new BigDecimal("0.5");
    private static final BigDecimal PER_BLOCKING_CELL = new BigDecimal("2");
    private static final BigDecimal PER_ERROR = new BigDecimal("0.5");
    private static final BigDecimal PER_WARNING = new BigDecimal("0.25");
    private static final BigDecimal PER_SECRET = BigDecimal.ONE;
    private static final BigDecimal PER_CODE_CELL_BY_HAND = BigDecimal.ONE;
    private static final List<String> SEVERITY_ORDER = List.of("error", "warning", "info");
    private static final int START_WITH = 3;

    public PortfolioOverview {
        verdicts = List.copyOf(verdicts);
        blockers = List.copyOf(blockers);
        startWith = List.copyOf(startWith);
        findings = List.copyOf(findings);
    }

    /** One notebook's verdict: {@code blocking} cells, the {@code reason} for the verdict, {@code hours} of work. */
    public record Verdict(String path, String anchor, String verdict, String reason, int codeCells, int blocking,
            long errors, long warnings, int secrets, BigDecimal hours) {
    }

    /** Totals over the portfolio. */
    public record Totals(int notebooks, int convertAsIs, int review, int portByHand, int codeCells, int blocking,
            BigDecimal hours) {
    }

    /** One cause of error findings over the portfolio, with the notebooks it is in; {@code width} in percent. */
    public record Blocker(String code, String title, int findings, int notebooks, int width) {
    }

    /** One finding with its notebook and the source of its cell (empty for the notebook as a whole). */
    public record Finding(String notebook, String anchor, DiagnosticRow finding, String source) {

        public Finding {
            source = source.stripTrailing();
        }

        /** A Markdown code fence longer than any run of backticks in the source, so the source cannot close it. */
        public String fence() {
            int longest = 0;
            int run = 0;
            for (int i = 0; i < source.length(); i++) {
                run = source.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return "`".repeat(Math.max(3, longest + 1));
        }
    }

    /** The portfolio of {@code report}. */
    public static PortfolioOverview of(AssessmentReport report) {
        List<Verdict> verdicts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, int[]> byCode = new TreeMap<>();
        for (NotebookReport nb : report.notebooks()) {
            verdicts.add(verdict(nb));
            Map<Integer, String> sources = new TreeMap<>();
            nb.cells().forEach(c -> sources.put(c.index(), c.source()));
            List<DiagnosticRow> rows = new ArrayList<>(nb.diagnostics());
            nb.failure().ifPresent(rows::add);
            java.util.Set<String> codesHere = new java.util.TreeSet<>();
            for (DiagnosticRow d : rows) {
                findings.add(new Finding(nb.path(), nb.anchor(), d, sources.getOrDefault(d.cell(), "")));
                if (d.severity().equals("error")) {
                    byCode.computeIfAbsent(d.code(), c -> new int[2])[0]++;
                    if (codesHere.add(d.code())) {
                        byCode.get(d.code())[1]++;
                    }
                }
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> SEVERITY_ORDER.indexOf(f.finding().severity()))
                .thenComparing(Finding::notebook).thenComparingInt(f -> f.finding().cell())
                .thenComparingInt(f -> f.finding().line()).thenComparing(f -> f.finding().code()));
        int most = byCode.values().stream().mapToInt(v -> v[0]).max().orElse(1);
        List<Blocker> blockers = new ArrayList<>();
        byCode.forEach((code, counts) -> blockers.add(new Blocker(code, title(code), counts[0], counts[1],
                Math.max(1, counts[0] * 100 / most))));
        blockers.sort(Comparator.comparingInt(Blocker::findings).reversed().thenComparing(Blocker::code));
        List<Verdict> startWith = verdicts.stream().filter(v -> !v.verdict().equals(PORT))
                .sorted(Comparator.comparing(Verdict::hours).thenComparing(Verdict::path)).limit(START_WITH).toList();
        Map<String, Long> counts = new TreeMap<>();
        verdicts.forEach(v -> counts.merge(v.verdict(), 1L, Long::sum));
        Totals totals = new Totals(verdicts.size(), counts.getOrDefault(CONVERT, 0L).intValue(),
                counts.getOrDefault(REVIEW, 0L).intValue(), counts.getOrDefault(PORT, 0L).intValue(),
                verdicts.stream().mapToInt(Verdict::codeCells).sum(), verdicts.stream().mapToInt(Verdict::blocking)
                .sum(), verdicts.stream().map(Verdict::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new PortfolioOverview(verdicts, totals, blockers, startWith, findings);
    }

    private static Verdict verdict(NotebookReport nb) {
        int code = nb.readiness().codeCells();
        int blocking = (int) nb.cells().stream().filter(CellRow::blocking).count();
        long errors = nb.count("error");
        long warnings = nb.count("warning");
        int secrets = nb.secrets().size();
        String verdict;
        String reason;
        if (!nb.analysed()) {
            verdict = PORT;
            reason = "could not be analysed (" + nb.failure().orElseThrow().code() + ")";
        } else if (blocking * 3 > code) {
            verdict = PORT;
            reason = blocking + " of " + code + " code cells block (more than a third)";
        } else if (errors == 0 && warnings == 0 && blocking == 0) {
            verdict = CONVERT;
            reason = "no error, warning or blocking cell";
        } else {
            verdict = REVIEW;
            reason = blocking + " blocking cell(s), " + errors + " error(s), " + warnings + " warning(s)";
        }
        BigDecimal hours = verdict.equals(PORT)
                ? BASE.add(PER_CODE_CELL_BY_HAND.multiply(BigDecimal.valueOf(code)))
                : BASE.add(PER_BLOCKING_CELL.multiply(BigDecimal.valueOf(blocking)))
                        .add(PER_ERROR.multiply(BigDecimal.valueOf(errors)))
                        .add(PER_WARNING.multiply(BigDecimal.valueOf(warnings)))
                        .add(PER_SECRET.multiply(BigDecimal.valueOf(secrets)));
        return new Verdict(nb.path(), nb.anchor(), verdict, reason, code, blocking, errors, warnings, secrets,
                hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0) : hours.stripTrailingZeros());
    }

    private static String title(String code) {
        try {
            return Code.byId(code).title();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
