package dev.nbmigrate.converter.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateFunctions;
import dev.nbmigrate.converter.render.TemplateRenderer;

/**
 * Fills the portfolio templates ({@code portfolio-*.ftl}) from the jobs, their lineage graph and the environments:
 * which file comes from which template is the table {@link #FILES}. Views hold the data; templates only lay it out.
 */
public final class PortfolioRenderer {

    /** The portfolio files by name, with the template each comes from. */
    public static final Map<String, String> FILES = files();
    /** The template of the environments file written when a portfolio has none. */
    public static final String ENVIRONMENTS_TEMPLATE = "portfolio-environments.properties.ftl";
    /** The picture of the lineage graph. */
    public static final String LINEAGE_SVG = "lineage.svg";
    /** The bundle name of the portfolio's multi-task job. */
    public static final String BUNDLE = "nbmigrate-portfolio";

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("databricks.yml", "portfolio-databricks.yml.ftl");
        files.put("adf-pipeline.json", "portfolio-adf-pipeline.json.ftl");
        files.put("adf-linked-service.json", "portfolio-adf-linked-service.json.ftl");
        files.put("azure-pipelines.yml", "portfolio-azure-pipelines.yml.ftl");
        files.put("github-actions.yml", "portfolio-github-actions.yml.ftl");
        files.put("monitoring.kql", "portfolio-monitoring.kql.ftl");
        files.put("README.md", "portfolio-README.md.ftl");
        files.put("collect-jars.sh", "portfolio-collect-jars.sh.ftl");
        return java.util.Collections.unmodifiableMap(files);
    }

    /**
     * A job as the portfolio templates show it.
     *
     * @param module           the module name
     * @param taskKey          task key and activity name
     * @param source           its notebook
     * @param version          the module version
     * @param mainClass        the main class
     * @param jar              the jar file name
     * @param cluster          the job cluster key (one per Databricks runtime)
     * @param bundleParameters the task's arguments in the bundle ({@code --env=${var.env}}, ...)
     * @param adfParameters    the activity's arguments in Data Factory ({@code --env=@{pipeline().parameters.env}})
     * @param dependsOn        task keys it runs after
     * @param secretKeys       secret keys it reads
     * @param reads            what it reads
     * @param writes           what it writes
     */
    public record JobView(String module, String taskKey, String source, String version, String mainClass, String jar,
            String cluster, List<String> bundleParameters, List<String> adfParameters, List<String> dependsOn,
            List<String> secretKeys, List<String> reads, List<String> writes) {
    }

    /**
     * A job cluster of the multi-task job.
     *
     * @param key          the job cluster key
     * @param sparkVersion the Databricks runtime
     */
    public record ClusterView(String key, String sparkVersion) {
    }

    /**
     * A value the user must give at deploy time: an option without a default.
     *
     * @param name        bundle variable and pipeline parameter name
     * @param description what it is
     */
    public record RequiredView(String name, String description) {
    }

    private final TemplateRenderer templates;

    public PortfolioRenderer(TemplateRenderer templates) {
        this.templates = templates;
    }

    /** The text of the environments file a portfolio gets when it has none. */
    public String defaultEnvironments() throws TemplateException {
        return templates.render(ENVIRONMENTS_TEMPLATE, new TreeMap<>(TemplateFunctions.all()));
    }

    /**
     * The portfolio's files by name.
     *
     * @param outPath the output folder relative to the project root ({@code generated}), for build and deploy paths
     */
    public SortedMap<String, String> render(List<PortfolioJob> jobs, LineageGraph graph, Environments environments,
            String outPath) throws TemplateException {
        List<RequiredView> required = new ArrayList<>();
        Map<String, ClusterView> clusters = new TreeMap<>();
        Map<String, JobView> views = new TreeMap<>();
        for (PortfolioJob job : jobs) {
            String runtime = Target.fromId(job.target()).databricksRuntime();
            String clusterKey = "cluster_" + runtime.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT)
                    .replaceAll("_+$", "");
            clusters.putIfAbsent(clusterKey, new ClusterView(clusterKey, runtime));
            views.put(job.module(), view(job, clusterKey, graph, required));
        }
        List<JobView> ordered = graph.order().stream().filter(views::containsKey).map(views::get).toList();
        Map<String, Object> data = new TreeMap<>(TemplateFunctions.all());
        data.put("bundleName", BUNDLE);
        data.put("jobs", ordered);
        data.put("clusters", List.copyOf(clusters.values()));
        data.put("required", required);
        data.put("environments", environments.all());
        data.put("outPath", outPath);
        data.put("secrets", jobs.stream().anyMatch(j -> !j.secretKeys().isEmpty()));
        data.put("secretKeys", List.copyOf(new TreeSet<>(jobs.stream().flatMap(j -> j.secretKeys().stream())
                .toList())));
        data.put("findings", graph.findings().stream().map(Diagnostic::render).toList());
        data.put("edges", graph.edges());
        SortedMap<String, String> files = new TreeMap<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            files.put(file.getKey(), templates.render(file.getValue(), data));
        }
        files.put(LINEAGE_SVG, LineageSvg.render(graph, "Job dependencies of the portfolio"));
        files.put(Environments.FILE, environments.text());
        return files;
    }

    private static JobView view(PortfolioJob job, String cluster, LineageGraph graph, List<RequiredView> required) {
        List<String> bundle = new ArrayList<>();
        List<String> adf = new ArrayList<>();
        bundle.add("--env=${var.env}");
        adf.add("--env=@{pipeline().parameters.env}");
        bundle.add("--storage-account=${var.storage_account}");
        adf.add("--storage-account=@{pipeline().parameters.storageAccount}");
        if (!job.secretKeys().isEmpty()) {
            bundle.add("--secret-scope=${var.secret_scope}");
            adf.add("--secret-scope=@{pipeline().parameters.secretScope}");
        }
        for (PortfolioJob.JobOption option : job.options()) {
            if (option.defaultValue() != null) {
                bundle.add(option.option() + "=" + option.defaultValue());
                adf.add(option.option() + "=" + option.defaultValue().replace("@", "@@"));
            } else {
                String name = job.taskKey() + "__" + option.option().replaceFirst("^--", "").replace('-', '_');
                required.add(new RequiredView(name, option.option() + " of job " + job.module()
                        + " (it has no default)"));
                bundle.add(option.option() + "=${var." + name + "}");
                adf.add(option.option() + "=@{pipeline().parameters." + name + "}");
            }
        }
        List<String> dependsOn = graph.dependencies().getOrDefault(job.module(), new TreeSet<>()).stream()
                .map(m -> m.replace('-', '_')).toList();
        return new JobView(job.module(), job.taskKey(), job.source(), job.version(), job.mainClass(), job.jar(),
                cluster, bundle, adf, dependsOn, job.secretKeys(),
                job.inputs().stream().map(PortfolioJob.DataRef::location).distinct().toList(),
                job.outputs().stream().map(PortfolioJob.DataRef::location).distinct().toList());
    }
}
