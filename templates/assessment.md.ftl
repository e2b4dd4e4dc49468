<#-- The assessment as Markdown (nbmigrate assess --format md). Every text from a notebook goes through md(). -->
<#assign s = report.summary>
<#assign p = portfolio>
<#macro row cells>|<#list cells as c> ${md(c)} |</#list>
</#macro>
<#macro table headers><@row headers/>|<#list headers as h> --- |</#list>
</#macro>
# nbmigrate assessment

${s.notebooks} notebook(s), ${s.analysed} analysed<#if (s.unreadable > 0)>, ${s.unreadable} could not be analysed</#if>. Code cells converting without error: ${s.convertibleCells} of ${s.codeCells} (${s.cellPercent()}); PySpark API references: ${s.convertibleApiReferences} of ${s.apiReferences} (${s.apiPercent()}). Findings: ${s.errors} error(s), ${s.warnings} warning(s); ${s.secrets} hard-coded secret(s); ${s.parameters} parameter(s); ${s.reads} read(s), ${s.writes} write(s).

## Portfolio

- **Notebooks:** ${p.totals.notebooks}: ${p.totals.convertAsIs} to convert as is, ${p.totals.review} to convert and review, ${p.totals.portByHand} to port by hand.
- **Work:** about ${p.totals.hours} hours; ${p.totals.blocking} of ${p.totals.codeCells} code cells block and must be ported by hand.
- **Effort formula:** ${md(effortFormula)}
- **Verdict rule:** ${md(verdictRule)}
<#if p.startWith?has_content>
- **Start with:** <#list p.startWith as v>${md(v.path)} (${md(v.verdict)}, ${v.hours} h)<#sep>, </#sep></#list>.
</#if>

### What blocks most

<#if p.blockers?has_content>
<@table ["Cause", "Error findings", "Notebooks", "Share"]/>
<#list p.blockers as b>
<@row [b.code + " " + b.title, b.findings?c, b.notebooks?c, ""?left_pad((b.width / 5)?ceiling, "#")]/>
</#list>
<#else>
No error findings: nothing blocks.
</#if>

### Verdict per notebook

<@table ["Notebook", "Verdict", "Why", "Code cells", "Blocking", "Effort (h)"]/>
<#list p.verdicts as v>
<@row [v.path, v.verdict, v.reason, v.codeCells?c, v.blocking?c, v.hours?c]/>
</#list>

## Summary

<@table ["Notebook", "Status", "Kernel", "Code cells ready", "API refs ready", "Errors", "Warnings", "Secrets"]/>
<#list report.notebooks as nb>
<#if nb.analysed()>
<@row [nb.path, nb.status, nb.kernel, nb.readiness.convertibleCells?c + "/" + nb.readiness.codeCells?c + " (" + nb.readiness.cellPercent() + ")", nb.readiness.convertibleApiReferences?c + "/" + nb.readiness.apiReferences?c + " (" + nb.readiness.apiPercent() + ")", nb.count("error")?c, nb.count("warning")?c, nb.secrets?size?c]/>
<#else>
<@row [nb.path, nb.status, nb.kernel, "-", "-", nb.count("error")?c, nb.count("warning")?c, nb.secrets?size?c]/>
</#if>
</#list>
<#list report.notebooks as nb>

## ${md(nb.path)}

<#if !nb.analysed()>
**<#if nb.status == "failed">Failed<#else>Unreadable</#if>** (${nb.failure.get().code}): ${md(nb.failure.get().message)}
<#else>
Format ${nb.format}, kernel ${md(nb.kernel)}<#if nb.python?has_content>, Python ${nb.python}</#if>.

**Readiness:** ${nb.readiness.convertibleCells} of ${nb.readiness.codeCells} code cells (${nb.readiness.cellPercent()}) and ${nb.readiness.convertibleApiReferences} of ${nb.readiness.apiReferences} PySpark API references (${nb.readiness.apiPercent()}) convert without error; API references: ${nb.readiness.apiSupported} supported, ${nb.readiness.apiWarnings} with warnings, ${nb.readiness.apiUnsupported} unsupported.

### Cells

<@table ["Cell", "Kind", "Language", "Status", "Exploration", "Findings", "In the job"]/>
<#list nb.cells as cell>
<@row [cell.index?c, cell.kind, cell.language, cell.status, (cell.explorations == 0)?then("", cell.explorations?c), cell.codes?join(", "), cell.outcome]/>
</#list>
<#if nb.api?has_content>

### PySpark API

<@table ["API", "Status", "Codes", "Uses", "Cells", "Note"]/>
<#list nb.api as api>
<@row [api.api, api.status, api.code, api.uses?c, api.cells?map(c -> c?c)?join(", "), api.note]/>
</#list>
</#if>
<#if nb.io?has_content>

### Inputs and outputs

<@table ["Direction", "Kind", "Format", "Location", "Via", "Mode", "Parameter", "Cell", "Detail"]/>
<#list nb.io as io>
<@row [io.direction, io.target, io.format, io.location, io.via, io.mode, io.parameter, io.cell?c + ":" + io.line?c, io.detail]/>
</#list>
</#if>
<#if nb.parameters?has_content>

### Parameters

<@table ["Name", "Kind", "Role", "Type", "Default", "Variable", "Cell"]/>
<#list nb.parameters as x>
<@row [x.name, x.kind, x.role, x.type, x.defaultValue, x.variable, x.cell?c + ":" + x.line?c]/>
</#list>
</#if>
<#if nb.secrets?has_content>

### Hard-coded secrets

Values are not shown. Rotate each secret and keep it in a secret scope or Key Vault.

<@table ["Kind", "Code", "Where", "Used as", "Variable"]/>
<#list nb.secrets as x>
<@row [x.kind, x.code, "cell " + x.cell?c + ", line " + x.line?c, x.context, x.variable]/>
</#list>
</#if>
<#if nb.runs?has_content>

### Notebooks run with %run

<@table ["Target", "Found", "Cell", "Problem"]/>
<#list nb.runs as run>
<@row [run.target, run.resolved, run.cell?c + ":" + run.line?c, run.problem]/>
</#list>
</#if>
<#if nb.diagnostics?has_content>

### Findings

<@table ["Where", "Code", "Severity", "Message"]/>
<#list nb.diagnostics as d>
<@row [d.where(), d.code, d.severity, d.message]/>
</#list>
</#if>
</#if>
</#list>
<#if p.findings?has_content>

## All findings, most severe first

<#list p.findings as f>
### ${f?counter}. ${f.finding.severity} ${f.finding.code}: ${md(f.notebook)}, ${md(f.finding.where())}

${md(f.finding.message)}

Suggestion: ${md(f.finding.suggestion)}
<#if f.source?has_content>

${f.fence()}
${f.source}
${f.fence()}
</#if>

</#list>
</#if>
