# Migration report: ${md(module.sourcePath)}

| | |
| --- | --- |
| Job | `${module.name}` ${module.version} (`${module.mainClass}`) |
| Notebook | ${mdCode(module.sourcePath)} (${md(module.sourceFormat)}, kernel ${md(module.kernel)}, ${module.cellCount} cells) |
| Notebook SHA-256 | `${module.sourceSha256}` |
| Target | ${md(module.targetLabel)} |
| Readiness | **${report.readiness}** |
| Findings | ${report.errors} errors, ${report.warnings} warnings, ${report.infos} infos |

${report.readinessReason}

## Findings

<#if report.diagnostics?has_content>
Each finding also appears in the code as a `// TODO(NBMxxx): ...` comment above what it concerns;
`nbmigrate explain CODE` tells more about a code. Errors come first, then warnings, then infos; a finding in a
notebook this one runs with `%run` names that notebook and the cell that runs it.

| Code | Severity | Where | Finding | What to do |
| --- | --- | --- | --- | --- |
<#list report.diagnostics as d>
| ${d.code} | ${d.severity} | ${md(d.location)} | ${md(d.message)} | ${md(d.suggestion)} |
</#list>
<#else>
None.
</#if>

<#if handPortList?has_content>
## Steps to port by hand

The job calls `${handPortsName}` where a step was not translated; each method fails the run until a team overrides it
in `src/main/java/${module.packageName?replace(".", "/")}/manual/HandPortedSteps.java` (a class implementing
`${handPortsName}`), which `nbmigrate convert` never touches. ${handPortsPorted} of ${handPortList?size} ported.

| Method | Where | Code | Ported by hand |
| --- | --- | --- | --- |
<#list handPortList as p>
| `${p.method}` | ${md(p.where)} | ${p.code} | ${p.ported?then("yes", "no")} |
</#list>

</#if>
## Cells

${cells.code} code cells: ${cells.java} became Java, ${cells.failing} failing (a `NotTranslated.fail` placeholder
or an error finding), ${cells.leftOut} left out of the job.
<#if cells.leftOutCells?has_content>

| Cell | Language | Reason | Why |
| --- | --- | --- | --- |
<#list cells.leftOutCells as c>
| ${c.index} | ${c.language} | ${c.reason} | ${md(c.why)} |
</#list>
</#if>

## Spark settings

- ${report.ansiStatement}
- ${report.timeZoneStatement}
<#list job.spark.settings as setting>
- ${mdCode(setting.key)} = ${mdCode(setting.value)}, from the notebook.
</#list>
<#list bundle.sparkConf as setting>
- ${mdCode(setting.key)} = ${mdCode(setting.value)}, from the notebook: Spark takes it only when the cluster starts,
  so it is in the job cluster's `spark_conf` in `databricks.yml`, not in the code.
</#list>

## Lineage

Reads:

<#if report.inputs?has_content>
| Format | Location | Option | Where in the notebook | Test data |
| --- | --- | --- | --- | --- |
<#list report.inputs as a>
| ${md(a.format)} | `${md(a.location)}` | <#if a.option?has_content>`${a.option}`</#if> | ${md(a.origin)} | ${md(a.fixture)} |
</#list>
<#else>
Nothing.
</#if>

Writes:

<#if report.outputs?has_content>
| Format | Location | Option | Where in the notebook | Test |
| --- | --- | --- | --- | --- |
<#list report.outputs as a>
| ${md(a.format)} | `${md(a.location)}` | <#if a.option?has_content>`${a.option}`</#if> | ${md(a.origin)} | ${md(a.fixture)} |
</#list>
<#else>
Nothing.
</#if>

## Parameters

<#if config.components?has_content>
| Option | Type | Default | From the notebook | Description |
| --- | --- | --- | --- | --- |
<#list config.components as c>
| `${c.option}` | ${md(c.javaType)} | <#if c.secret>secret<#elseif c.required>required<#elseif c.defaultValue??>`${md(c.defaultValue)}`<#else>none</#if> | ${md(c.origin)} | ${md(c.help)} |
</#list>
<#else>
None.
</#if>

## Secrets

<#if report.secrets?has_content>
Secrets found in the notebook are read at run time from the secret scope (Databricks) or the environment; their
values appear in no generated file.

| Option | Secret key | Kind | Where in the notebook |
| --- | --- | --- | --- |
<#list report.secrets as s>
| `${s.option}` | `${md(s.key)}` | ${md(s.kind)} | ${md(s.origin)} |
</#list>
<#else>
None.
</#if>

## Tests

<#if report.hasExpectations>
The generated test runs the job on the sample data and checks its outputs against ${mdCode(report.expectationsFile)}<#if report.expectationsSource??>
(values from ${report.expectationsSource})</#if>.
<#if report.givenTables?has_content>
Tables created from the sample data before the run: <#list report.givenTables as t>${mdCode(t)}<#sep>, </#sep></#list>.
</#if>
<#if report.checkedOutputs?has_content>
Checked against the expectations: <#list report.checkedOutputs as o>${mdCode(o)}<#sep>, </#sep></#list>.
</#if>
<#if report.uncheckedOutputs?has_content>
Not in the expectations (checked to be written only): <#list report.uncheckedOutputs as o>${mdCode(o)}<#sep>, </#sep></#list>.
</#if>
<#else>
**No expectations were given** (no `.expect.json` next to the notebook): the generated test checks that the job
runs on the sample data, writes every output and refuses bad configuration, but not what the outputs hold. Write
the expectations file (see `docs/expectations.md`) with values computed independently of the job.
</#if>
Bad configuration the test shows refused: <#list test.badConfig as b>${b.displayName}<#sep>; </#sep></#list>.
<#if acceptedDifferences?has_content>

Differences from the notebook a reviewer accepted (${mdCode(acceptedFile)}; `nbmigrate reconcile` shows them as
accepted, with the reason, and passes):
<#list acceptedDifferences as a>
- ${mdCode(a.result)}: ${md(a.reason)}
</#list>
</#if>
