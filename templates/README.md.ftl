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

or with Maven, from this folder:

    ./mvnw -B -Prun-job -DskipTests verify -Djob.args="[options]"

On your own data, give the folder lake URIs map to: `--local-root /data/lake`
(`wasbs://<container>@<account>.blob.core.windows.net/<path>` is `<root>/<container>/<path>`); relative paths
(`data/x.csv`) start from `--working-dir DIR`, the notebook's own folder (default: the local root).

Test it (the job on the sample data, its outputs and bad configuration):

    ./nbmigrate verify ${module.name}

## Build it on its own

This folder is a Maven project of its own, with its own wrapper: it can move to a repository of its own. It
takes its versions from `dev.nbmigrate:nbmigrate-bom:${module.parentVersion}` and depends on
`nbmigrate-runtime` (and, in test scope, `nbmigrate-testkit`, which the job jar does not contain); `./mvnw install`
in the nbmigrate checkout puts them in the local Maven repository (or deploy them to a repository the team uses).
Then, from this folder:

    ./mvnw -B verify

`verify` also checks that every Java file is formatted as palantir-java-format lays it out (the formatter
`nbmigrate convert` prints the generated files with): after editing a file by hand, `./mvnw -B spotless:apply`
formats it.
<#if module.mavenProfile?has_content>

`.mvn/maven.config` selects the ${module.targetLabel} versions (`-Dnbmigrate.target=${module.targetId}`).
</#if>

## Run it on Databricks

`databricks.yml` is an Asset Bundle with one job: a JAR task on a ${module.databricksRuntime} job cluster.
From this folder:

    databricks bundle validate
    databricks bundle deploy --target dev
    databricks bundle run ${bundle.jobKey} --target dev

`deploy` builds the job jar (`${module.buildCommand}`) and uploads it. Parameters are bundle variables; override
them per target in `databricks.yml` or with `--var="name=value"`.
<#if environments?has_content>

Targets `dev`, `uat` and `prod` (workspace, `root_path`, `run_as`, secret scope, cluster size, storage account)
come from the portfolio's `portfolio/environments.properties`, the one place every module takes them from; the
job gets `--env` and `--storage-account`, so at start it refuses lake paths outside its environment's account.
</#if>

## Secrets (Key Vault)

<#if bundle.secretKeys?has_content>
The job reads these secrets (names only; values never leave the vault):

| Secret key | Used for |
| --- | --- |
<#list config.components?filter(c -> c.secret) as c>
| `${md(c.secretKey)}` | `${c.option}` |
</#list>

On Databricks they resolve through a secret scope backed by Azure Key Vault: the key is the Key Vault secret's
name. Create the scope once per environment and set each secret in the vault (you need rights on the vault;
Key Vault-backed scopes are created with an Azure AD token, e.g. after `az login`):
<#if environments?has_content>
<#list environments as e>

    # ${e.name}
    databricks secrets create-scope ${e.secretScope} --scope-backend-type AZURE_KEYVAULT --resource-id ${e.keyVaultId} --dns-name ${e.keyVaultDns()}
<#list bundle.secretKeys as key>
    az keyvault secret set --vault-name ${e.keyVaultName()} --name ${key} --value "<value>"
</#list>
</#list>
<#else>

    databricks secrets create-scope ${bundle.secretScope} --scope-backend-type AZURE_KEYVAULT --resource-id <key vault resource id> --dns-name https://<vault>.vault.azure.net/
<#list bundle.secretKeys as key>
    az keyvault secret set --vault-name <vault> --name ${key} --value "<value>"
</#list>
</#if>

A Key Vault secret name allows letters, digits and dashes only; a key with other characters needs a
Databricks-backed scope instead (`databricks secrets put-secret <scope> <key>`).
<#else>
The job reads no secrets.
</#if>
