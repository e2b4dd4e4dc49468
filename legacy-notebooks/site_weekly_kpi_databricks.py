# Databricks notebook source
# MAGIC %md
# MAGIC # Site weekly KPI
# MAGIC
# MAGIC Migrated from the HDInsight notebook `site_weekly_kpi.ipynb` (2021) during the Databricks pilot; the reads still
# MAGIC go to the Hive tables filled on HDInsight (`daily_covers_sales`, `food_waste_costing`), FX comes from the
# MAGIC `/mnt/reference` mount.
# MAGIC
# MAGIC | widget | meaning |
# MAGIC |---|---|
# MAGIC | `week_start` | first Monday to compute |
# MAGIC | `weeks` | number of weeks |
# MAGIC | `env` | `prod` writes `foodops.site_weekly_kpi`, otherwise `foodops_<env>.site_weekly_kpi` |

# COMMAND ----------

dbutils.widgets.text("week_start", "2024-01-08", "First week (Monday)")
dbutils.widgets.text("weeks", "4", "Number of weeks")
dbutils.widgets.dropdown("env", "prod", ["dev", "uat", "prod"], "Environment")

# COMMAND ----------

import datetime as dt
import json

from pyspark.sql import functions as F

week_start = dbutils.widgets.get("week_start")
weeks = int(dbutils.widgets.get("weeks"))
env = dbutils.widgets.get("env")

first_day = dt.datetime.strptime(week_start, "%Y-%m-%d").date()
if first_day.weekday() != 0:
    raise ValueError("week_start must be a Monday, got " + week_start)
last_day = first_day + dt.timedelta(days=7 * weeks - 1)

FX_PATH = "/mnt/reference/fx_rates/"
SALES_TABLE = "foodops.daily_site_sales"
WASTE_TABLE = "foodops.waste_daily"
TARGET_TABLE = "foodops.site_weekly_kpi" if env == "prod" else "foodops_{}.site_weekly_kpi".format(env)
EXPORT_PATH = "wasbs://curated@contosofoodlake.blob.core.windows.net/kpi/site_weekly_kpi_csv/"
print(first_day, last_day, TARGET_TABLE)

# COMMAND ----------

# DBTITLE 1,Sales converted to GBP
fx = (spark.read.option("header", "true").csv(FX_PATH)
      .filter(F.col("to_currency") == "GBP")
      .select(F.to_date("rate_date").alias("business_date"),
              F.col("from_currency").alias("currency_code"),
              F.col("rate").cast("double").alias("fx_rate")))

sales = (spark.table(SALES_TABLE)
         .withColumn("business_date", F.to_date("business_date"))
         .filter(F.col("business_date").between(first_day.isoformat(), last_day.isoformat()))
         .join(fx, ["business_date", "currency_code"], "left")
         .withColumn("fx_rate", F.when(F.col("currency_code") == "GBP", 1.0).otherwise(F.col("fx_rate")))
         .withColumn("net_sales_gbp", F.col("net_sales") * F.col("fx_rate"))
         .withColumn("week_start", F.date_sub(F.next_day("business_date", "Mon"), 7)))

display(sales)

# COMMAND ----------

# DBTITLE 1,Waste per site and week
waste = (spark.table(WASTE_TABLE)
         .filter(F.col("waste_date").between(first_day.isoformat(), last_day.isoformat()))
         .withColumn("week_start", F.date_sub(F.next_day("waste_date", "Mon"), 7))
         .groupBy("site_id", "week_start")
         .agg(F.sum("waste_kg").alias("waste_kg"),
              F.sum("waste_cost_gbp").alias("waste_cost_gbp")))

# COMMAND ----------

kpi = (sales.groupBy("site_id", "site_name", "week_start")
       .agg(F.sum("covers").alias("covers"),
            F.countDistinct("business_date").alias("trading_days"),
            F.round(F.sum("net_sales_gbp"), 2).alias("net_sales_gbp"))
       .join(waste, ["site_id", "week_start"], "left")
       .na.fill({"waste_kg": 0.0, "waste_cost_gbp": 0.0})
       .withColumn("waste_kg", F.round("waste_kg", 2))
       .withColumn("waste_cost_gbp", F.round("waste_cost_gbp", 2))
       .withColumn("spend_per_cover_gbp", F.round(F.col("net_sales_gbp") / F.col("covers"), 2))
       .withColumn("waste_pct_of_sales", F.round(F.col("waste_cost_gbp") * 100 / F.col("net_sales_gbp"), 2))
       .withColumn("env", F.lit(env)))

display(kpi.orderBy("week_start", "site_id"))

# COMMAND ----------

# MAGIC %sql
# MAGIC CREATE DATABASE IF NOT EXISTS foodops

# COMMAND ----------

(kpi.write
    .format("delta")
    .mode("overwrite")
    .option("replaceWhere", f"week_start >= '{first_day}' AND week_start <= '{last_day}'")
    .saveAsTable(TARGET_TABLE))

# the finance team still picks up a CSV from the old lake
kpi.coalesce(1).write.mode("overwrite").option("header", "true").csv(EXPORT_PATH)

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT site_id, week_start, covers, net_sales_gbp, spend_per_cover_gbp, waste_pct_of_sales
# MAGIC FROM foodops.site_weekly_kpi
# MAGIC WHERE env = '${env}'
# MAGIC ORDER BY week_start, site_id

# COMMAND ----------

# DBTITLE 1,Spend per cover trend
import matplotlib.pyplot as plt

pdf = kpi.orderBy("week_start").toPandas()
fig, ax = plt.subplots(figsize=(10, 4))
for site, grp in pdf.groupby("site_name"):
    ax.plot(grp["week_start"], grp["spend_per_cover_gbp"], marker="o", label=site)
ax.set_title("Spend per cover (GBP)")
ax.legend(loc="upper left", fontsize="small")
display(fig)

# COMMAND ----------

dbutils.notebook.exit(json.dumps({"rows": kpi.count(), "first_week": str(first_day), "weeks": weeks}))
