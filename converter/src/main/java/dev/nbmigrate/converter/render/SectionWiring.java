package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.render.ModuleViews.RunCall;

/**
 * Connects the sections in the job's {@code run} method: each section runs as a named step of the job context
 * ({@code ctx.step("Load sales", () -> loadSales(ctx, config))}, timed and logged), its result becomes a variable
 * named by its {@link JobSection#returnName()}, and a later section's parameter of that name receives it. Every
 * variable is assigned once, so the step lambdas can use it: a section returning a name an earlier one returned
 * declares the next free variable ({@code sales2}), which later sections then receive. A parameter nothing provides,
 * a name reused with another type or a clash with the method's own names is an {@code NBM509}.
 */
final class SectionWiring {

    /** Names of {@code run}'s own parameters and of the job's methods, which sections cannot take. */
    static final String CONTEXT = "ctx";
    static final String CONFIG = "config";
    private static final Set<String> RESERVED_METHODS = Set.of("main", "run", "sparkSettings", "launch", "execute",
            "bindConfig", "name", "configSchema", "usage");

    /** The statements of {@code run}, and what did not connect. */
    record Result(List<RunCall> calls, List<Diagnostic> diagnostics) {
    }

    private SectionWiring() {
    }

    static Result wire(JobModel model) {
        String notebook = model.source().path();
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, String> javaNames = new HashMap<>();
        Set<String> declared = new HashSet<>(Set.of(CONTEXT, CONFIG));
        variables.put(CONTEXT, "JobContext");
        variables.put(CONFIG, model.names().configClass());
        Set<String> methods = new HashSet<>();
        List<RunCall> calls = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JobSection section : model.sections()) {
            Location where = section.cells().isEmpty() ? Location.ofNotebook(notebook)
                    : Location.ofCell(notebook, section.cells().get(0));
            if (RESERVED_METHODS.contains(section.methodName()) || !methods.add(section.methodName())) {
                diagnostics.add(Diagnostic.of(Code.NBM509, where, "section method name '" + section.methodName()
                        + "' is used twice or belongs to the job base class"));
            }
            StringBuilder arguments = new StringBuilder(CONTEXT + ", " + CONFIG);
            for (JobSection.Parameter parameter : section.parameters()) {
                String known = variables.get(parameter.name());
                if (parameter.name().equals(CONTEXT) || parameter.name().equals(CONFIG)) {
                    diagnostics.add(Diagnostic.of(Code.NBM509, where, "section " + section.methodName()
                            + " declares parameter '" + parameter.name() + "', which every section gets already"));
                } else if (known == null) {
                    diagnostics.add(Diagnostic.of(Code.NBM509, where, "section " + section.methodName() + " takes '"
                            + parameter.javaType() + " " + parameter.name() + "', which no earlier section returns"));
                } else if (!known.equals(parameter.javaType())) {
                    diagnostics.add(Diagnostic.of(Code.NBM509, where, "section " + section.methodName() + " takes '"
                            + parameter.name() + "' as " + parameter.javaType() + ", but it is a " + known));
                }
                arguments.append(", ").append(javaNames.getOrDefault(parameter.name(), parameter.name()));
            }
            String declaration = "";
            String variable = null;
            if (section.returnsValue()) {
                String name = section.returnName();
                String known = variables.get(name);
                if (name.equals(CONTEXT) || name.equals(CONFIG)) {
                    diagnostics.add(Diagnostic.of(Code.NBM509, where, "section " + section.methodName()
                            + " returns its value as '" + name + "', a name run() uses for itself"));
                } else if (known != null && !known.equals(section.returnType())) {
                    diagnostics.add(Diagnostic.of(Code.NBM509, where, "section " + section.methodName() + " returns '"
                            + name + "' as " + section.returnType() + ", but an earlier section made it a " + known));
                } else {
                    variable = name;
                    for (int n = 2; !declared.add(variable); n++) {
                        variable = name + n;
                    }
                    declaration = section.returnType() + " ";
                    variables.put(name, section.returnType());
                    javaNames.put(name, variable);
                }
                if (declaration.isEmpty()) {
                    variable = name;
                }
            }
            calls.add(new RunCall(declaration, variable, section.methodName(), arguments.toString(),
                    stepName(section)));
        }
        return new Result(calls, diagnostics);
    }

    /** The step a section runs as: its title without closing punctuation, else its method name. */
    static String stepName(JobSection section) {
        String title = section.title() == null ? "" : section.title().strip().replaceFirst("[.:;,\\s]+$", "");
        return title.isEmpty() ? section.methodName() : title;
    }
}
