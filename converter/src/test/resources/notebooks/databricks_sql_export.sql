-- Databricks notebook source
CREATE TABLE IF NOT EXISTS sales.daily AS
SELECT order_date, sum(amount) AS total FROM sales.orders GROUP BY order_date

-- COMMAND ----------

-- MAGIC %python
-- MAGIC print(spark.table("sales.daily").count())
