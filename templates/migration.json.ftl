{
  "module": ${json(module.name)},
  "version": ${json(migration.version)},
  "source": {
    "path": ${json(module.sourcePath)},
    "sha256": ${json(module.sourceSha256)},
    "format": ${json(module.sourceFormat)},
    "kernel": ${json(module.kernel)},
    "cells": ${module.cellCount?c}
  },
  "target": ${json(module.targetId)},
  "converterVersion": ${json(module.converterVersion)},
  "templateSha256": ${json(migration.templateSha256)},
  "contentSha256": ${json(migration.contentSha256)},
  "mainClass": ${json(module.mainClass)},
  "jar": ${json(module.jarName)},
  "options": [<#list config.components?filter(p -> !p.secret) as p>
    {"option": ${json(p.option)}, "default": <#if p.defaultValue??>${json(p.defaultValue)}<#else>null</#if>}<#sep>,</#sep></#list><#if config.components?filter(p -> !p.secret)?has_content>
  </#if>],
  "secretKeys": [<#list bundle.secretKeys as key>${json(key)}<#sep>, </#sep></#list>],
  "expectations": <#if migration.expectationsFile??>${json(migration.expectationsFile)}<#else>null</#if>,
  "dataRoot": <#if migration.dataRoot??>${json(migration.dataRoot)}<#else>null</#if>,
  "diagnostics": {"errors": ${migration.errors?c}, "warnings": ${migration.warnings?c}, "infos": ${migration.infos?c}},
  "inputs": [<#list migration.inputs as a>
    {"format": ${json(a.format)}, "location": ${json(a.location)}}<#sep>,</#sep></#list><#if migration.inputs?has_content>
  </#if>],
  "outputs": [<#list migration.outputs as a>
    {"format": ${json(a.format)}, "location": ${json(a.location)}}<#sep>,</#sep></#list><#if migration.outputs?has_content>
  </#if>],
  "jobClassLines": {
    "file": ${json("src/main/java/" + module.packageName?replace(".", "/") + "/" + module.jobClass + ".java")},
    "cells": [<#list migration.cells as c>
      {"cell": ${c.cell?c}, "lines": [<#list c.ranges as r>[${r.from?c}, ${r.to?c}]<#sep>, </#sep></#list>]}<#sep>,</#sep></#list><#if migration.cells?has_content>
    </#if>]
  },
  "findings": [<#list report.diagnostics as d>
    {"code": ${json(d.code)}, "severity": ${json(d.severity)}, "notebook": ${json(d.notebook)}, "cell": ${d.cell?c}, "line": ${d.line?c}, "message": ${json(d.message)}, "suggestion": ${json(d.suggestion)}<#if d.subject?has_content>, "subject": {"kind": ${json(d.subjectKind)}, "name": ${json(d.subject)}}</#if>}<#sep>,</#sep></#list><#if report.diagnostics?has_content>
  </#if>],
  "cells": [<#list cells.cells as c>
    {"index": ${c.index?c}, "type": ${json(c.type)}, "language": ${json(c.language)}, "outcome": ${json(c.outcome)}<#if c.reason?has_content>, "reason": ${json(c.reason)}</#if><#if c.lines?has_content>, "lines": [<#list c.lines as r>[${r.from?c}, ${r.to?c}]<#sep>, </#sep></#list>]</#if>}<#sep>,</#sep></#list><#if cells.cells?has_content>
  </#if>]
}
