package ${module.packageName};
<#if handPorts.imports?has_content>

<#list handPorts.imports as name>
import ${name};
</#list>
</#if>

/**
 * The steps nbmigrate could not translate, one method each, called by {@link ${module.jobClass}} where the step was:
 * {@code ${javadoc(module.sourcePath)}}.
 *
 * <p>Each default fails the run, as the step did not run. To port a step by hand, write a public class
 * {@code manual.HandPortedSteps} in this package, with a constructor without parameters, that implements this
 * interface, and override the step's method. {@code nbmigrate convert} never touches the {@code manual} package, so
 * the port survives regeneration. One instance serves a whole run: a ported step may keep in a field what a later
 * step needs. A method that returns a value stands for a step that made a variable later steps use: the port
 * returns what the step would have made.
 */
public interface ${handPorts.name} {
<#list handPorts.points as point>

    /**
     * ${javadoc(point.where)} (${point.code}): ${javadoc(point.message)}.
     */
    default ${point.returnType} ${point.method}(${point.parameters}) throws Exception {
<#list point.python as line>
        // ${line}
</#list>
        <#if point.returnType != "void">return </#if>NotTranslated.fail(${javaString(point.code)}, ${javaString(point.where)}, ${javaString(point.message)});
    }
</#list>
}
