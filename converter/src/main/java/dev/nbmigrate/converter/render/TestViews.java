package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.Expectations.GivenTable;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.render.ModuleViews.BadConfigView;
import dev.nbmigrate.converter.render.ModuleViews.GivenView;
import dev.nbmigrate.converter.render.ModuleViews.OutputView;
import dev.nbmigrate.converter.render.ModuleViews.Setting;
import dev.nbmigrate.converter.render.ModuleViews.SourceView;
import dev.nbmigrate.converter.render.ModuleViews.TestView;
import dev.nbmigrate.runtime.secrets.EnvSecretStore;

/**
 * The view of the generated test for the templates: secrets' placeholder environment, given tables, outputs, bad
 * configuration cases and the untranslated steps the run stops at.
 */
final class TestViews {

    /**
     * A {@code NotTranslated.fail("NBMxxx", "where", ...)} call in a section body, or a call of a hand-port method
     * that stands for one.
     */
    private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile(
            "NotTranslated\\.fail\\(\"(NBM\\d+)\", \"((?:[^\"\\\\]|\\\\.)*)\"|"
            + HandPortPoints.FIELD + "\\.(\\w+)\\(");

    private TestViews() {
    }

    static TestView testView(HandPortPoints.Result ports, String portsName, Optional<Expectations> expectations,
            JobArgs args, FixturePlanner.Plan fixtures, OutputChecks.Result outputs, List<BadConfigView> badConfig) {
        JobModel model = ports.model();
        List<Setting> environment = new ArrayList<>();
        model.config().stream().filter(ConfigField::isSecret).map(ConfigField::secretKey).distinct().sorted()
                .forEach(key -> environment.add(new Setting(EnvSecretStore.variableFor(key), ModuleRenderer.SECRET_PLACEHOLDER)));
        List<GivenView> given = new ArrayList<>();
        for (GivenTable table : expectations.map(Expectations::given).orElse(List.of())) {
            List<SourceView> sources = new ArrayList<>();
            table.sources().forEach((view, source) -> sources.add(new SourceView(view, source.format(),
                    source.location(), source.options().entrySet().stream()
                            .map(e -> new Setting(e.getKey(), e.getValue())).toList(), source.schema())));
            String select = table.select() != null ? table.select() : "SELECT * FROM " + table.sources().firstKey();
            given.add(new GivenView(table.table(), table.database().orElse(null), sources, select));
        }
        List<OutputView> outputViews = outputs.outputs();
        return new TestView(List.of(), List.of(), !fixtures.files().isEmpty(), environment, args.tokens(), given,
                outputViews, badConfig, expectations.isPresent(), expectations.map(Expectations::file).orElse(null),
                gaps(model, ports.points()), ports.points().isEmpty() ? null : portsName);
    }

    /** The untranslated steps the job runs into, in run order, each with the hand-port method that closes it. */
    static List<ModuleViews.GapView> gaps(JobModel model, List<HandPortPoints.Point> points) {
        Map<String, HandPortPoints.Point> byMethod = new TreeMap<>();
        points.forEach(point -> byMethod.put(point.method(), point));
        List<ModuleViews.GapView> gaps = new ArrayList<>();
        for (JobSection section : model.sections()) {
            java.util.regex.Matcher gap = GAP.matcher(section.body());
            while (gap.find()) {
                HandPortPoints.Point point = gap.group(3) != null ? byMethod.get(gap.group(3)) : null;
                if (point != null) {
                    gaps.add(new ModuleViews.GapView(point.code(), point.where(), point.method()));
                } else if (gap.group(1) != null) {
                    gaps.add(new ModuleViews.GapView(gap.group(1), gap.group(2), ""));
                }
            }
        }
        return gaps;
    }
}
