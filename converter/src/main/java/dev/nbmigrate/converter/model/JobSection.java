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
 * @param returnName the name the returned value has in the job's {@code run} method, where a later section's
 *                   parameter of the same name receives it (usually the notebook's variable, e.g. {@code sales});
 *                   {@code null} when {@code returnType} is {@code void}
 * @param body the Java statements of the method body, formatted, with {@code // cell N} comments and
 *             {@code // TODO(NBMxxx): ...} comments where diagnostics concern the code
 * @param steps the notebook statements the body's top-level statements came from, in order (empty when unknown)
 */
public record JobSection(String title, String methodName, List<Integer> cells, List<Parameter> parameters,
        String returnType, String returnName, String body, List<JobStep> steps) {

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
        if (returnType.equals("void") != (returnName == null)) {
            throw new IllegalArgumentException("section " + methodName + ": a return name goes with a non-void return"
                    + " type, and only with one (" + returnType + " " + returnName + ")");
        }
        Objects.requireNonNull(body, "body");
        steps = List.copyOf(steps);
    }

    /** A section whose steps are not known (a compile error in it cannot be narrowed to one statement). */
    public JobSection(String title, String methodName, List<Integer> cells, List<Parameter> parameters,
            String returnType, String returnName, String body) {
        this(title, methodName, cells, parameters, returnType, returnName, body, List.of());
    }

    /** The same section with another body and steps. */
    public JobSection withBody(String newBody, List<JobStep> newSteps) {
        return new JobSection(title, methodName, cells, parameters, returnType, returnName, newBody, newSteps);
    }

    /** A section that returns nothing. */
    public static JobSection returningNothing(String title, String methodName, List<Integer> cells,
            List<Parameter> parameters, String body) {
        return new JobSection(title, methodName, cells, parameters, "void", null, body);
    }

    /** A section that returns nothing, with its steps. */
    public static JobSection returningNothing(String title, String methodName, List<Integer> cells,
            List<Parameter> parameters, String body, List<JobStep> steps) {
        return new JobSection(title, methodName, cells, parameters, "void", null, body, steps);
    }

    /** Whether the section returns a value. */
    public boolean returnsValue() {
        return returnName != null;
    }
}
