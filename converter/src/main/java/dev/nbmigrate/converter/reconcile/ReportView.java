package dev.nbmigrate.converter.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nbmigrate.runtime.secrets.Redactor;

/**
 * A reconciliation as plain maps and lists of strings and numbers, in a fixed order: what the JSON report writes as
 * it is and what the Markdown and HTML reports lay out. Values are shown as text ({@link Values#display}); every
 * text goes through the runtime's {@link Redactor}, so that a secret value a notebook printed is masked.
 */
final class ReportView {

    private ReportView() {
    }

    static Map<String, Object> of(Reconciliation r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("module", r.module());
        view.put("notebook", r.notebook());
        view.put("pyspark", r.pyspark());
        view.put("verdict", !r.failures().isEmpty() ? "could not run" : r.equal() ? "equal" : "different");
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            summary.put(verdict.words(), r.count(verdict));
        }
        summary.put("cells equal", r.cellsEqual());
        view.put("summary", summary);
        List<Map<String, Object>> failures = new ArrayList<>();
        for (SideFailure f : r.failures()) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("side", f.side());
            failure.put("cell", f.cell());
            failure.put("message", Redactor.redact(f.message()));
            failure.put("traceback", Redactor.redact(f.traceback()));
            failures.add(failure);
        }
        view.put("failures", failures);
        List<Map<String, Object>> skipped = new ArrayList<>();
        r.skipped().forEach((cell, reason) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("cell", cell);
            s.put("reason", reason);
            skipped.add(s);
        });
        view.put("skipped", skipped);
        view.put("acceptedFile", r.accepted());
        List<Map<String, Object>> stale = new ArrayList<>();
        r.stale().forEach(e -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("result", Redactor.redact(e.result()));
            s.put("fingerprint", e.fingerprint());
            s.put("reason", Redactor.redact(e.reason()));
            stale.add(s);
        });
        view.put("staleAccepted", stale);
        List<Map<String, Object>> results = new ArrayList<>();
        r.results().forEach(result -> results.add(result(result)));
        view.put("results", results);
        return view;
    }

    private static Map<String, Object> result(Reconciled r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cell", r.cell());
        m.put("what", r.what());
        m.put("name", Redactor.redact(r.name()));
        m.put("verdict", r.verdict().words());
        m.put("equal", r.verdict() == Verdict.EQUAL);
        m.put("identity", Redactor.redact(AcceptedDifferences.identity(r)));
        m.put("fingerprint", r.verdict() == Verdict.EQUAL || r.verdict() == Verdict.ACCEPTED ? "" : AcceptedDifferences.fingerprint(r));
        m.put("columns", r.columns().stream().map(c -> c.name() + " " + c.type()).toList());
        Comparison c = r.comparison();
        m.put("notebookRows", c == null ? -1 : c.notebookRows());
        m.put("jobRows", c == null ? -1 : c.jobRows());
        m.put("ordered", c != null && c.ordered());
        m.put("clockColumns", c == null ? List.of() : c.clockColumns());
        m.put("schemaDifferences", c == null ? List.of() : c.schemaDifferences());
        List<Map<String, Object>> rows = new ArrayList<>();
        if (c != null) {
            for (RowDifference d : c.rowDifferences()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("position", d.position());
                row.put("notebook", text(d.notebook()));
                row.put("job", text(d.job()));
                rows.add(row);
            }
        }
        m.put("rows", rows);
        m.put("notebookText", Redactor.redact(r.notebookText()));
        m.put("jobText", Redactor.redact(r.jobText()));
        m.put("note", Redactor.redact(r.note()));
        return m;
    }

    private static List<String> text(List<JsonNode> row) {
        return row.stream().map(value -> Redactor.redact(Values.display(value))).toList();
    }
}
