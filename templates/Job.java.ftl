package ${module.packageName};
<#if job.staticImports?has_content>

<#list job.staticImports as name>
import static ${name};
</#list>
</#if>
<#if job.imports?has_content>

<#list job.imports as name>
import ${name};
</#list>
</#if>

/**
 * ${javadoc(module.title?replace("[.:;,\\s]+$", "", "r"))}.
 *
 * <p>Converted by nbmigrate from {@code ${javadoc(module.sourcePath)}}
 * (${javadoc(module.kernel)}, ${module.cellCount} cells) for ${javadoc(module.targetLabel)}.
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class ${module.jobClass} extends SparkJob<${module.configClass}> {
<#if job.fields?has_content>

<#list job.fields as field>
    ${field}
</#list>
</#if>

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new ${module.jobClass}().launch(args);
    }

    /** The job, named {@code ${module.name}} in logs, options and environment variables. */
    public ${module.jobClass}() {
        super(${javaString(module.name)}, ${module.configClass}.class);
    }

    /**
     * ANSI mode ${job.spark.ansiEnabled?then("on", "off")}<#if !job.spark.ansiFromNotebook> as the legacy notebook ran</#if>, session time zone ${javadoc(job.spark.timeZone)}<#if job.spark.settings?has_content>,
     * and the notebook's own Spark settings</#if>.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.${job.spark.factory}(${javaString(job.spark.timeZone)})<#if !job.spark.settings?has_content>;</#if>
<#list job.spark.settings as setting>
                .with(${javaString(setting.key)}, ${javaString(setting.value)})<#sep>
</#sep></#list><#if job.spark.settings?has_content>;
</#if>
    }

    @Override
    protected void run(JobContext ctx, ${module.configClass} config) throws Exception {
<#list job.runCalls as call>
        <#if call.variable??>${call.declaration}${call.variable} = </#if>ctx.step(${javaString(call.step)}, () -> ${call.methodName}(${call.arguments}));
</#list>
    }
<#list job.sections as section>

    /**
     * ${javadoc(section.title?replace("[.:;,\\s]+$", "", "r"))} (notebook ${section.cellsLabel}).
     */
    ${section.returnType} ${section.methodName}(${section.parameters}) throws Exception {
<#if section.body?has_content>
${section.body}
</#if>
    }
</#list>
<#list job.helpers as helper>

${helper}
</#list>
}
