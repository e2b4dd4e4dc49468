# Deployment environments of the portfolio: dev, uat and prod, kept alike in this one file.
#
# Every module's databricks.yml gets its dev, uat and prod targets from here, and so do the portfolio's multi-task
# job (databricks.yml), Data Factory pipeline and CI/CD pipelines. Edit the values below, then run
# 'nbmigrate convert' again: the modules and the portfolio are regenerated from this file, which is kept as it is.
# Delete the file to get these defaults back. All keys but artifact-volume are required for each environment:
#
#   <env>.workspace-host         URL of the environment's Azure Databricks workspace
#   <env>.root-path              workspace folder bundles deploy to (the bundle name is appended)
#   <env>.run-as                 application id of the service principal the jobs run as
#   <env>.secret-scope           Databricks secret scope, backed by the environment's Key Vault
#   <env>.key-vault-resource-id  resource id of that Key Vault
#   <env>.storage-account        ADLS Gen2 account of the environment's data: jobs get --storage-account, so lake
#                                paths move to it and paths on other accounts are refused when the job starts
#   <env>.node-type              VM size of the job clusters
#   <env>.workers                number of workers of each job cluster
#   <env>.artifact-volume        Unity Catalog volume the job jars are uploaded to (each bundle in a folder of its own
#                                there); leave it out to upload them to the workspace under root-path
#
# The defaults are placeholders of the right shape (workspace ids, subscription and accounts are made up).

dev.workspace-host = https://adb-1111111111111111.11.azuredatabricks.net
dev.root-path = /Workspace/Shared/nbmigrate/dev
dev.run-as = 00000000-0000-0000-0000-00000000d001
dev.secret-scope = nbmigrate-dev
dev.key-vault-resource-id = /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-nbmigrate-dev/providers/Microsoft.KeyVault/vaults/kv-nbmigrate-dev
dev.storage-account = nbmigratelakedev
dev.node-type = Standard_D4ds_v5
dev.workers = 1
dev.artifact-volume = /Volumes/nbmigrate_dev/jobs/artifacts

uat.workspace-host = https://adb-2222222222222222.12.azuredatabricks.net
uat.root-path = /Workspace/Shared/nbmigrate/uat
uat.run-as = 00000000-0000-0000-0000-00000000a001
uat.secret-scope = nbmigrate-uat
uat.key-vault-resource-id = /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-nbmigrate-uat/providers/Microsoft.KeyVault/vaults/kv-nbmigrate-uat
uat.storage-account = nbmigratelakeuat
uat.node-type = Standard_D4ds_v5
uat.workers = 2
uat.artifact-volume = /Volumes/nbmigrate_uat/jobs/artifacts

prod.workspace-host = https://adb-3333333333333333.13.azuredatabricks.net
prod.root-path = /Workspace/Shared/nbmigrate/prod
prod.run-as = 00000000-0000-0000-0000-00000000f001
prod.secret-scope = nbmigrate-prod
prod.key-vault-resource-id = /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-nbmigrate-prod/providers/Microsoft.KeyVault/vaults/kv-nbmigrate-prod
prod.storage-account = nbmigratelakeprod
prod.node-type = Standard_D8ds_v5
prod.workers = 4
prod.artifact-volume = /Volumes/nbmigrate_prod/jobs/artifacts
