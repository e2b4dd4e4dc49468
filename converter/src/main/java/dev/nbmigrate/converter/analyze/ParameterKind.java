package dev.nbmigrate.converter.analyze;

import java.util.Locale;

/** How a notebook declares one of its parameters. */
public enum ParameterKind {
    /** An assignment in the cell tagged {@code parameters}, the cell papermill overrides. */
    PAPERMILL,
    /** A top-level constant that looks like configuration: a path, a date, a table name, a threshold. */
    CONSTANT,
    /** A Databricks widget ({@code dbutils.widgets.text(...)}, {@code dropdown}, {@code combobox}, ...). */
    WIDGET,
    /** A Zeppelin dynamic form: {@code ${name=default}} in a paragraph, or {@code z.input(...)}/{@code z.select(...)}. */
    ZEPPELIN_FORM,
    /** A positional command-line argument, {@code sys.argv[n]}. */
    ARGV,
    /** An option declared with {@code argparse} ({@code parser.add_argument("--input-path", ...)}). */
    ARGPARSE,
    /** A string sparkmagic's {@code %%send_to_spark -i VAR -t str -n NAME} copies from the notebook server. */
    SEND_TO_SPARK;

    /** Lower-case, dash-separated, for reports: {@code zeppelin-form}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
