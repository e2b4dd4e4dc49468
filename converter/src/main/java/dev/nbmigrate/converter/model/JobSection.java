package dev.nbmigrate.converter.model;

import java.util.List;
import java.util.Objects;

/**
 * One method of the generated job: a notebook section (a run of cells, usually under one Markdown heading).
 * Values one section makes and a later one uses are passed explicitly: {@code parameters} in, {@code returnType}
 * out, so each method reads on its own and can be tested alone.
 *
 * @param title the heading it came from, for the method's Javadoc
 * @param methodName a Java method name, e.g. {@code loadDailySales}
 * @param cells the notebook cells (1-based) it holds
 * @param parameters the values it takes from earlier sections (besides {@code ctx} and {@code config})
 * @param returnType the Java type it returns, {@code void} when nothing
 * @param body the Java statements of the method body, formatted, with {@code // cell N} comments and
 *             {@code // TODO(NBMxxx): ...} comments where diagnostics concern the code
 */
public record JobSection(String title, String methodName, List<Integer> cells, List<Parameter> parameters,
        String returnType, String body) {

    /** A method parameter: Java type and name, e.g. {@code Dataset<Row> sales}. */
    public record Parameter(String javaType, String name) {
        public Parameter {
            Objects.requireNonNull(javaType, "javaType");
            Objects.requireNonNull(name, "name");
        }
    }

    public JobSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(methodName, "methodName");
        cells = List.copyOf(cells);
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(body, "body");
    }
}
