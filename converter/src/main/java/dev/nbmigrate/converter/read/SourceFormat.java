package dev.nbmigrate.converter.read;

/** The file format a notebook was read from, decided from the content, not from the file name. */
public enum SourceFormat {
    /** Jupyter nbformat 4.x ({@code cells} at the top level). */
    JUPYTER_4,
    /** Jupyter nbformat 3.x ({@code worksheets[].cells}, {@code input}, {@code prompt_number}). */
    JUPYTER_3,
    /** A Databricks source export: {@code # Databricks notebook source}, cells split by {@code COMMAND ----------}. */
    DATABRICKS_SOURCE,
    /** A Zeppelin note: HDInsight 4 {@code note.json} or Zeppelin 0.9+ {@code .zpln}. */
    ZEPPELIN
}
