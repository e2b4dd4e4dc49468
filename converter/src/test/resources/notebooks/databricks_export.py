# Databricks notebook source
# MAGIC %md
# MAGIC # Orders ETL
# MAGIC Migrated from HDInsight; reads the orders landed by ADF.

# COMMAND ----------

# MAGIC %run ./shared/config $env="prod"

# COMMAND ----------

# DBTITLE 1,Load orders
orders = spark.read.format("delta").load("/mnt/raw/orders")
display(orders)

# COMMAND ----------

# DBTITLE 0,Daily totals
# MAGIC %sql
# MAGIC SELECT order_date, sum(amount) AS total
# MAGIC FROM orders
# MAGIC
# MAGIC GROUP BY order_date

# COMMAND ----------

# MAGIC %sh ls -la /dbfs/mnt/raw

# COMMAND ----------

# MAGIC %fs ls /mnt/raw/orders

# COMMAND ----------

# MAGIC %scala
# MAGIC val n = spark.table("orders").count()

# COMMAND ----------

# MAGIC %pip install great-expectations==0.15.50

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT 1
stray_python_line = 1
