package dev.nbmigrate.converter.translate.job;

import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;

/**
 * The last line of defence against a secret value reaching a generated file: every text of a {@link JobModel}
 * (code, comments, titles, config defaults and help, Spark settings, lineage, findings) goes through the notebook's
 * redaction, so a value the analysis found can never be written, even where translation did not turn it into a
 * secret reference.
 */
final class ModelRedaction {

    private ModelRedaction() {
    }

    static JobModel apply(JobModel model, UnaryOperator<String> redact) {
        TreeMap<String, String> sparkConf = new TreeMap<>();
        model.sparkConf().forEach((k, v) -> sparkConf.put(redact.apply(k), redact.apply(v)));
        List<ConfigField> config = model.config().stream().map(f -> new ConfigField(f.name(), f.javaType(),
                f.defaultValue() == null ? null : redact.apply(f.defaultValue()),
                f.constraints().stream().map(redact).toList(), redact.apply(f.help()), f.secretKey(), f.origin(),
                f.optional())).toList();
        List<JobSection> sections = model.sections().stream().map(s -> new JobSection(redact.apply(s.title()),
                s.methodName(), s.cells(), s.parameters(), s.returnType(), s.returnName(), redact.apply(s.body()),
                s.steps()))
                .toList();
        return new JobModel(model.names(), redact.apply(model.title()), model.source(), model.target(), sparkConf,
                config, sections, model.imports(), access(model.inputs(), redact), access(model.outputs(), redact),
                model.diagnostics().stream().map(d -> new Diagnostic(d.code(), d.severity(), d.location(),
                        redact.apply(d.message()), redact.apply(d.suggestion()), d.subject().map(s ->
                        new dev.nbmigrate.converter.diag.Subject(s.kind(), redact.apply(s.name()))))).toList(),
                model.fields().stream().map(redact).toList(), model.helpers().stream().map(redact).toList(),
                model.cells());
    }

    private static List<DataAccess> access(List<DataAccess> accesses, UnaryOperator<String> redact) {
        return accesses.stream().map(a -> new DataAccess(redact.apply(a.format()), redact.apply(a.location()),
                a.configField(), a.origin())).toList();
    }
}
