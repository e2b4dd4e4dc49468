package ${module.packageName};
<#if config.imports?has_content>

<#list config.imports as name>
import ${name};
</#list>
</#if>

/**
 * The parameters of {@link ${module.jobClass}}, from the notebook {@code ${javadoc(module.sourcePath)}}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
<#if config.components?has_content>
public record ${module.configClass}(
<#list config.components as c>
<#list c.annotations as annotation>
        ${annotation}
</#list>
        ${c.javaType} ${c.name}<#sep>,

</#sep></#list>) {
}
<#else>
public record ${module.configClass}() {
}
</#if>
