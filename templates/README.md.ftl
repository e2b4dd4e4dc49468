# ${module.name}

${md(module.title)}: a Spark job converted by nbmigrate from the notebook ${mdCode(module.sourcePath)} for
${module.targetLabel}. Generated: change the notebook (or the converter) and run `nbmigrate convert` again rather
than editing these files. `MIGRATION.md` says what converted, what did not and what to review.

Version ${module.version}. Main class `${module.mainClass}`.

## What it does

<#list job.sections as section>
${section?counter}. **${md(section.title)}** (notebook ${section.cellsLabel}): `${section.methodName}`
</#list>
<#if !job.sections?has_content>
The notebook had no code to convert.
</#if>

Reads:

<#list report.inputs as input>
- ${mdCode(input.location)} (${md(input.format)})<#if input.option?has_content>, option `${input.option}`</#if>
</#list>
<#if !report.inputs?has_content>
- nothing
</#if>

Writes:

<#list report.outputs as output>
- ${mdCode(output.location)} (${md(output.format)})<#if output.option?has_content>, option `${output.option}`</#if>
</#list>
<#if !report.outputs?has_content>
- nothing
</#if>

## Parameters

Each parameter is a command-line option (`--input-path x` or `--input_path=x`), an environment variable or a key
of a config file (`--config FILE`); `--help` prints them all, with the runtime's own options (`--env`,
`--local-root`, `--log-format`, ...).

<#if config.components?has_content>
| Option | Type | Default | Description |
| --- | --- | --- | --- |
<#list config.components as c>
| `${c.option}` | ${md(c.javaType)} | <#if c.secret>secret `${md(c.secretKey)}`<#elseif c.required>required<#elseif c.defaultValue??>`${md(c.defaultValue)}`<#else>none</#if> | ${md(c.help)} |
</#list>
<#else>
The job has no parameters of its own.
</#if>
<#if bundle.secretKeys?has_content>

Secrets are never options: on Databricks they come from the secret scope (`--secret-scope`, default
`${bundle.secretScope}`), elsewhere from environment variables `NBM_SECRET_<KEY>`:
<#list bundle.secretKeys as key>
`${key}`<#sep>, </#sep></#list>.
</#if>

## Run it locally

On embedded local Spark, with the sample data of the module's tests as the lake (outputs go to
`target/local-lake` and `target/spark-warehouse`):

    ./nbmigrate run ${module.name} [options]

or with Maven from the project root:

    ./mvnw -B -pl ${module.modulePath} -am -Prun-job -DskipTests verify<#if module.mavenProfile?has_content> -P${module.mavenProfile}</#if> -Djob.args="[options]"

On your own data, give the folder lake URIs map to: `--local-root /data/lake`
(`wasbs://<container>@<account>.blob.core.windows.net/<path>` is `<root>/<container>/<path>`).

Test it (the job on the sample data, its outputs and bad configuration):

    ./nbmigrate verify ${module.name}

## Run it on Databricks

`databricks.yml` is an Asset Bundle with one job: a JAR task on a ${module.databricksRuntime} job cluster.
From this folder:

    databricks bundle validate
    databricks bundle deploy --target dev
    databricks bundle run ${bundle.jobKey} --target dev

`deploy` builds the job jar (`${module.buildCommand}`) and uploads it. Parameters are bundle variables; override
them per target in `databricks.yml` or with `--var="name=value"`.
