package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nbmigrate.converter.model.ClusterSettings;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.render.ModuleViews.JobView;
import dev.nbmigrate.converter.render.ModuleViews.ParameterView;
import dev.nbmigrate.converter.render.ModuleViews.SectionView;
import dev.nbmigrate.converter.render.ModuleViews.Setting;
import dev.nbmigrate.converter.render.ModuleViews.SparkView;
import dev.nbmigrate.runtime.config.Names;

/**
 * The views of the job class and its configuration record for the templates: imports, Spark settings, section
 * methods, hand-port points and parameters.
 */
final class JobViews {

    private static final String ANSI = "spark.sql.ansi.enabled";
    private static final String TIME_ZONE = "spark.sql.session.timeZone";
    private static final String LEGACY_TIME_ZONE = "UTC";

    private JobViews() {
    }

    static JobView jobView(JobModel model, SectionWiring.Result wiring) {
        List<String> statics = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String name : model.imports()) {
            if (name.startsWith("static ")) {
                statics.add(name.substring("static ".length()).strip());
            } else {
                plain.add(name.strip());
            }
        }
        List<SectionView> sections = new ArrayList<>();
        for (JobSection section : model.sections()) {
            sections.add(new SectionView(section.title(), section.methodName(), section.cells(),
                    cellsLabel(section.cells()), section.returnType(),
                    methodParameters(model.names().configClass(), section.parameters()),
                    JavaText.indentBody(section.body(), JavaText.BODY_INDENT)));
        }
        List<String> helpers = model.helpers().stream().map(h -> JavaText.indentBody(h, "    ")).toList();
        return new JobView(statics, plain, sparkView(model), wiring.calls(), sections, model.fields(), helpers);
    }

    static SparkView sparkView(JobModel model) {
        Map<String, String> conf = model.sparkConf();
        boolean ansiStated = conf.containsKey(ANSI);
        boolean ansi = ansiStated && Boolean.parseBoolean(conf.get(ANSI).strip());
        boolean zoneStated = conf.containsKey(TIME_ZONE);
        String zone = zoneStated ? conf.get(TIME_ZONE).strip() : LEGACY_TIME_ZONE;
        List<Setting> settings = conf.entrySet().stream()
                .filter(e -> !e.getKey().equals(ANSI) && !e.getKey().equals(TIME_ZONE))
                .filter(e -> !ClusterSettings.isCluster(e.getKey()))
                .map(e -> new Setting(e.getKey(), e.getValue())).toList();
        return new SparkView(ansi, ansi ? "ansiOn" : "ansiOff", ansiStated, zone, zoneStated, settings);
    }

    /** {@code cell 3}, {@code cells 3-5}, {@code cells 3, 5 and 8}, {@code cells 1-5 and 7}. */
    static String cellsLabel(List<Integer> cells) {
        if (cells.isEmpty()) {
            return "no notebook cell";
        }
        if (cells.size() == 1) {
            return "cell " + cells.get(0);
        }
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= cells.size(); i++) {
            if (i == cells.size() || cells.get(i) != cells.get(i - 1) + 1) {
                int first = cells.get(start);
                int last = cells.get(i - 1);
                runs.add(first == last ? String.valueOf(first) : first + "-" + last);
                start = i;
            }
        }
        return runs.size() == 1 ? "cells " + runs.get(0)
                : "cells " + String.join(", ", runs.subList(0, runs.size() - 1)) + " and " + runs.get(runs.size() - 1);
    }

    static List<ParameterView> parameters(JobModel model) {
        List<ParameterView> views = new ArrayList<>();
        for (ConfigField field : model.config()) {
            List<String> annotations = new ArrayList<>();
            annotations.add("@Help(" + JavaText.stringLiteral(field.help()) + ")");
            boolean required = false;
            if (field.isSecret()) {
                annotations.add("@SecretRef(" + JavaText.stringLiteral(field.secretKey()) + ")");
            } else if (field.defaultValue() != null) {
                annotations.add("@Default(" + JavaText.stringLiteral(field.defaultValue()) + ")");
            } else if (!field.optional() && !field.javaType().equals("boolean") && !field.javaType().startsWith("List<")) {
                annotations.add("@Required");
                required = true;
            }
            annotations.addAll(field.constraints());
            views.add(new ParameterView(field.name(), "--" + Names.kebab(field.name()), field.javaType(), annotations,
                    field.help(), field.defaultValue(), required, field.isSecret(), field.secretKey(),
                    Names.kebab(field.name()).replace('-', '_'), ReportViews.place(field.origin())));
        }
        return views;
    }

    static ModuleViews.HandPortsView handPortsView(String name, List<HandPortPoints.Point> points,
            String configClass, List<String> imports) {
        List<ModuleViews.HandPortView> views = new ArrayList<>();
        for (HandPortPoints.Point point : points) {
            views.add(new ModuleViews.HandPortView(point.method(), methodParameters(configClass, point.parameters()),
                    point.code(), point.where(), point.message(), point.python(), point.returnType()));
        }
        return new ModuleViews.HandPortsView(name, imports, views);
    }

    /**
     * The parameter list of a section or hand-port method as Java source: the job context and configuration, then
     * {@code parameters} ({@code JobContext ctx, DailyCoversConfig config, Dataset<Row> sales}).
     */
    static String methodParameters(String configClass, List<JobSection.Parameter> parameters) {
        StringBuilder list = new StringBuilder("JobContext " + SectionWiring.CONTEXT + ", " + configClass + " "
                + SectionWiring.CONFIG);
        parameters.forEach(p -> list.append(", ").append(p.javaType()).append(' ').append(p.name()));
        return list.toString();
    }
}
