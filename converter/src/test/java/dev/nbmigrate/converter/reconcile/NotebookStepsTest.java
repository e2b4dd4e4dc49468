package dev.nbmigrate.converter.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.read.NotebookReader;

class NotebookStepsTest {

    @TempDir
    Path project;

    @Test
    void aMissingRunTargetStopsTheNotebookAtItsCellWithTheReason() throws Exception {
        Path notebook = project.resolve("main.ipynb");
        Files.writeString(notebook, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}}, "cells": [
                 {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["df = spark.range(3)"]},
                 {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["%run ./missing_utils"]},
                 {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["df.show()"]}]}
                """);
        NotebookSteps steps = NotebookSteps.of(CellClassifier.classify(new NotebookReader().read(notebook,
                "main.ipynb")), new FileRunTargets(project));

        assertThat(steps.steps()).extracting(NotebookSteps.Step::cell).containsExactly(1, 2, 3);
        NotebookSteps.Step run = steps.steps().get(1);
        assertThat(run.sql()).isFalse();
        assertThat(run.code()).startsWith("raise FileNotFoundError(\"%run ./missing_utils: ").endsWith("\")");
    }

    @Test
    void pythonTextQuotesWhatWouldEndOrBreakTheLiteral() {
        assertThat(PythonText.quoted("a \"b\" c\\d\ne\u0001")).isEqualTo("\"a \\\"b\\\" c\\\\d\\ne\\x01\"");
    }
}
