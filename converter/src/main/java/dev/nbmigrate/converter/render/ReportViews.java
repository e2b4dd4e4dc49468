package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.render.ModuleViews.AccessView;
import dev.nbmigrate.converter.render.ModuleViews.DiagnosticView;
import dev.nbmigrate.converter.render.ModuleViews.LineRange;
import dev.nbmigrate.converter.render.ModuleViews.ReportView;
import dev.nbmigrate.converter.render.ModuleViews.SecretView;
import dev.nbmigrate.converter.render.ModuleViews.SparkView;
import dev.nbmigrate.runtime.config.Names;

/**
 * The views of the module's reports for the templates (README.md, MIGRATION.md, migration.json): readiness,
 * findings, inputs and outputs, secrets, the ANSI and time zone statements and the outcome of every cell.
 */
final class ReportViews {

    private ReportViews() {
    }

    static ReportView reportView(JobModel model, List<Diagnostic> diagnostics, FixturePlanner.Plan fixtures,
            OutputChecks.Result outputs, Optional<Expectations> expectations, RunCells runCells) {
        int errors = count(diagnostics, Severity.ERROR);
        int warnings = count(diagnostics, Severity.WARNING);
        int infos = count(diagnostics, Severity.INFO);
        String readiness;
        String reason;
        if (errors > 0) {
            readiness = "Not ready";
            reason = errors + (errors == 1 ? " error" : " errors") + ": the job cannot be equivalent to the notebook"
                    + " until each is fixed (each is a failing TODO in the code or stops the build).";
        } else if (warnings > 0) {
            readiness = "Needs review";
            reason = warnings + (warnings == 1 ? " warning" : " warnings") + ": equivalence with the notebook is not"
                    + " guaranteed; review each before deploying.";
        } else {
            readiness = "Ready";
            reason = "No errors or warnings: the job converted completely; review the diff as for any change.";
        }
        // Errors first, then warnings, then infos; in each, by notebook, cell and line.
        List<DiagnosticView> views = diagnostics.stream()
                .sorted(java.util.Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic::location))
                .map(d -> new DiagnosticView(d.code().id(), d.severity().label(), runCells.place(d.location()),
                        d.message(), d.suggestion(), d.location().notebook(), d.location().cell(),
                        d.location().line(), d.subject().map(s -> s.kind().label()).orElse(""),
                        d.subject().map(s -> s.name()).orElse(""))).toList();
        Set<String> givenTables = new TreeSet<>();
        expectations.ifPresent(e -> e.given().forEach(g -> givenTables.add(g.table().toLowerCase(Locale.ROOT))));
        List<AccessView> inputs = new ArrayList<>();
        for (DataAccess input : model.inputs()) {
            String fixture;
            if (input.format().equalsIgnoreCase(OutputChecks.TABLE)) {
                fixture = givenTables.contains(input.location().toLowerCase(Locale.ROOT))
                        ? "given table in " + expectations.get().file() : "none: no given table";
            } else {
                fixture = fixtures.notes().getOrDefault(input.location(), "none");
            }
            inputs.add(access(model, input, fixture));
        }
        List<AccessView> outputViews = new ArrayList<>();
        for (DataAccess output : model.outputs()) {
            outputViews.add(access(model, output, outputs.status().getOrDefault(output.location(), "")));
        }
        List<SecretView> secrets = new ArrayList<>();
        for (ConfigField field : model.config()) {
            if (field.isSecret()) {
                String kind = diagnostics.stream()
                        .filter(d -> d.code().id().startsWith("NBM4") && d.location().cell() == field.origin().cell())
                        .map(d -> d.code().title()).findFirst().orElse("secret");
                secrets.add(new SecretView("--" + Names.kebab(field.name()), field.secretKey(), kind,
                        place(field.origin())));
            }
        }
        SparkView spark = JobViews.sparkView(model);
        return new ReportView(readiness, reason, errors, warnings, infos, views, inputs, outputViews, secrets,
                ansiStatement(model.target(), spark), timeZoneStatement(spark), expectations.isPresent(),
                expectations.map(Expectations::file).orElse(null),
                expectations.map(Expectations::source).orElse(null), outputs.checked(), outputs.unchecked(),
                List.copyOf(givenTables));
    }

    static String ansiStatement(Target target, SparkView spark) {
        String platformDefault = target.sparkLine().startsWith("3") ? "off" : "on";
        if (!spark.ansiEnabled()) {
            return "The notebook ran on HDInsight with ANSI SQL mode off. The job sets spark.sql.ansi.enabled=false"
                    + " explicitly in sparkSettings() (the default of Spark " + target.sparkLine() + " on "
                    + target.id() + " is " + platformDefault + "), so overflows, invalid casts and division by zero"
                    + " give null or wrap around as they did in the notebook instead of failing the job.";
        }
        return "The job sets spark.sql.ansi.enabled=true" + (spark.ansiFromNotebook() ? " as the notebook did" : "")
                + ": invalid casts, overflows and division by zero fail the job, where the legacy notebook (ANSI off)"
                + " gave null. Check every cast and division of the job before deploying.";
    }

    static String timeZoneStatement(SparkView spark) {
        return "Session time zone " + spark.timeZone() + (spark.timeZoneFromNotebook() ? ", as the notebook set it."
                : ", the HDInsight clusters' default (the notebook did not set one); dates and timestamps are parsed"
                        + " and formatted in it.");
    }

    static AccessView access(JobModel model, DataAccess access, String fixture) {
        String option = access.configField() == null ? "" : "--" + Names.kebab(access.configField());
        return new AccessView(access.format(), access.location(), option, place(access.origin()), fixture);
    }

    static ModuleViews.CellsView cellsView(JobModel model, List<Diagnostic> diagnostics,
            List<CellOutcomes.Outcome> outcomes) {
        List<ModuleViews.CellOutcomeView> views = new ArrayList<>();
        List<ModuleViews.LeftOutView> leftOut = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (CellOutcomes.Outcome o : outcomes) {
            views.add(new ModuleViews.CellOutcomeView(o.index(), o.type(), o.language(), o.outcome(), o.reason(),
                    o.lines().stream().map(r -> new LineRange(r[0], r[1])).toList()));
            counts.merge(o.outcome(), 1, Integer::sum);
            if (o.outcome().equals(CellOutcomes.LEFT_OUT)) {
                String why = diagnostics.stream().filter(d -> d.code().id().equals(o.reason())
                        && d.location().notebook().equals(model.source().path())
                        && (d.location().cell() == o.index() || d.location().cell() == 0))
                        .map(Diagnostic::message).findFirst().orElse(Code.byId(o.reason()).title());
                leftOut.add(new ModuleViews.LeftOutView(o.index(), o.language(), o.reason(), why));
            }
        }
        int java = counts.getOrDefault(CellOutcomes.JAVA, 0);
        int failing = counts.getOrDefault(CellOutcomes.FAILING, 0);
        int left = counts.getOrDefault(CellOutcomes.LEFT_OUT, 0);
        return new ModuleViews.CellsView(views, java + failing + left, java, failing, left, leftOut);
    }

    /** A location without its notebook: {@code cell 3, line 4}, or {@code whole notebook}. */
    static String place(Location location) {
        String text = location.toString();
        String rest = text.substring(location.notebook().length());
        return rest.isEmpty() ? "whole notebook" : rest.substring(2);
    }

    static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
