package ${module.packageName};
<#if localRun.staticImports?has_content>

<#list localRun.staticImports as name>
import static ${name};
</#list>
</#if>
<#if localRun.imports?has_content>

<#list localRun.imports as name>
import ${name};
</#list>
</#if>

/**
 * Runs {@link ${module.jobClass}} on local Spark ({@code nbmigrate run ${module.name}}) after creating the tables it
 * reads that other jobs write, from the sample data under the local root: the given tables of
 * {@code ${javadoc(localRun.expectationsFile)}}. Test code, never in the job jar; the tests create the same tables.
 */
final class ${module.localRunClass} {

    private ${module.localRunClass}() {
    }

    /** Creates the given tables, then runs the job with {@code args}. */
    public static void main(String[] args) {
        SparkSession spark = startsSpark(args)
                ? SparkSession.builder().master("local[*]").appName(${javaString(module.name)}).getOrCreate() : null;
        if (spark != null) {
            createGivenTables(spark, localRoot(args));
        }
        try {
            new ${module.jobClass}().launch(args);
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
    }

    /**
     * Whether the job will start Spark with {@code args}: not for {@code --help}, nor for options it refuses (the
     * launch reports those, and no Spark is left running when it exits).
     */
    private static boolean startsSpark(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"))) {
            return false;
        }
        try {
            new ${module.jobClass}().bindConfig(EnvVars.system(), args);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }

    /** Creates every given table from its sources under the local root {@code root}. */
    static void createGivenTables(SparkSession spark, String root) {
        PathResolver paths = PathResolver.create("local", PathRules.none(), root);
<#list localRun.given as given>
<#if given.database??>
        spark.sql(${javaString("CREATE DATABASE IF NOT EXISTS " + given.database)});
</#if>
<#list given.sources as source>
        spark.read().format(${javaString(source.format)})<#list source.options as option>.option(${javaString(option.key)}, ${javaString(option.value)})</#list><#if source.schema??>.schema(${javaString(source.schema)})</#if>
                .load(paths.resolve(${javaString(source.location)})).createOrReplaceTempView(${javaString(source.view)});
</#list>
        spark.sql(${javaString(given.select)}).write().mode("overwrite").saveAsTable(${javaString(given.table)});
</#list>
    }

    /** The local root the job will use: {@code --local-root}, else {@code NBM_LOCAL_ROOT}, else {@code lake}. */
    private static String localRoot(String[] args) {
        String root = System.getenv().getOrDefault("NBM_LOCAL_ROOT", "lake");
        for (int i = 0; i < args.length; i++) {
            String name = args[i].split("=", 2)[0].replace('_', '-');
            if (name.equals("--local-root")) {
                root = args[i].contains("=") ? args[i].split("=", 2)[1] : i + 1 < args.length ? args[i + 1] : root;
            }
        }
        return root;
    }
}
