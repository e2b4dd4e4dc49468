package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.UnknownType;

import java.math.BigInteger;
import java.util.List;

/**
 * Calls of functions outside the type lattice, by qualified name: Python builtins and the standard library
 * ({@link PythonLibrary}'s table, with {@code int()}/{@code str()}/{@code len()}/{@code os.path.join} folded),
 * Databricks widgets, Zeppelin forms and {@code argparse} (which declare parameters), pandas readers (which read
 * data), and Databricks' bare {@code sql(...)}/{@code table(...)} (calls on the session).
 */
final class LibraryCalls {

    /** A call of a SparkSession member, for Databricks' predefined {@code sql} and {@code table}. */
    @FunctionalInterface
    interface SessionMethod {
        Eval call(String member, CallArgs args, PyExpr.Call call, Location at, Frame f);
    }

    private final ParameterFinder parameters;
    private final IoRecorder io;
    private final SessionMethod sparkMethod;

    LibraryCalls(ParameterFinder parameters, IoRecorder io, SessionMethod sparkMethod) {
        this.parameters = parameters;
        this.io = io;
        this.sparkMethod = sparkMethod;
    }

    /** Calls of functions outside the lattice: builtins, the standard library, dbutils, argparse, pandas. */
    Eval call(String qualname, CallArgs args, PyExpr.Call call, Location at, Frame f) {
        switch (qualname) {
            case "builtins.int", "builtins.float", "builtins.str", "builtins.bool": {
                return conversion(qualname.substring("builtins.".length()), args);
            }
            case "builtins.len": {
                Eval arg = args.arg(0, null);
                ConstantValue constant = arg == null ? null : arg.constant();
                if (constant instanceof ConstantValue.Str s) {
                    return Eval.constant(ScalarType.INT, ConstantValue.Int.of(s.value().codePointCount(0,
                            s.value().length())), null);
                }
                if (constant instanceof ConstantValue.Sequence seq) {
                    return Eval.constant(ScalarType.INT, ConstantValue.Int.of(seq.elements().size()), null);
                }
                return Eval.of(ScalarType.INT);
            }
            case "dbutils.widgets.text", "dbutils.widgets.dropdown", "dbutils.widgets.combobox",
                 "dbutils.widgets.multiselect": {
                if (f.recording()) {
                    parameters.onWidget(qualname.substring("dbutils.widgets.".length()), args, at);
                }
                return Eval.of(ScalarType.NONE);
            }
            case "dbutils.widgets.get", "dbutils.widgets.getArgument", "getArgument", "z.get": {
                String name = args.text(0, "name");
                return name == null ? Eval.of(ScalarType.STR) : Eval.of(parameters.typeOf(name)).withParameter(name);
            }
            case "z.input", "z.textbox", "z.select": {
                String name = args.text(0, "name");
                if (name == null) {
                    return Eval.of(ScalarType.STR);
                }
                if (f.recording()) {
                    parameters.onForm(name, qualname.equals("z.select") ? args.text(2, "defaultValue")
                            : args.text(1, "defaultValue"), List.of(), at);
                }
                return Eval.of(ScalarType.STR).withParameter(name);
            }
            case "argparse.ArgumentParser": {
                return Eval.symbolic(UnknownType.UNKNOWN, "argparse.ArgumentParser()");
            }
            case "argparse.ArgumentParser().add_argument": {
                if (f.recording()) {
                    parameters.onArgparse(args, at);
                }
                return Eval.UNKNOWN;
            }
            case "argparse.ArgumentParser().parse_args": {
                return Eval.symbolic(UnknownType.UNKNOWN, "argparse.Namespace()");
            }
            case "os.path.join": {
                List<ConstantValue> parts = args.positional().stream().map(Eval::constant).toList();
                if (!parts.isEmpty() && parts.stream().allMatch(p -> p instanceof ConstantValue.Str)) {
                    String joined = "";
                    for (ConstantValue part : parts) {
                        String text = part.str();
                        joined = text.startsWith("/") || joined.isEmpty() ? text
                                : joined.endsWith("/") ? joined + text : joined + "/" + text;
                    }
                    return Eval.constant(ScalarType.STR, new ConstantValue.Str(joined), null);
                }
                return Eval.of(ScalarType.STR);
            }
            default:
                break;
        }
        if (qualname.startsWith("@spark.")) {
            return sparkMethod.call(qualname.substring("@spark.".length()), args, call, at, f);
        }
        if (qualname.startsWith("pandas.") && qualname.indexOf('.', "pandas.".length()) < 0) {
            io.onPandasRead(qualname.substring("pandas.".length()), args, call, at, f);
            return Eval.symbolic(new PandasType("DataFrame"), "pandas.object");
        }
        PyType known = PythonLibrary.call(qualname, args);
        if (known != null) {
            return Eval.of(known);
        }
        return Eval.symbolic(UnknownType.UNKNOWN, qualname + "()");
    }

    /** {@code int(x)}, {@code float(x)}, {@code str(x)}, {@code bool(x)}: folded, keeping the parameter it converts. */
    private static Eval conversion(String to, CallArgs args) {
        Eval arg = args.arg(0, null);
        ConstantValue constant = arg == null ? null : arg.constant();
        PyType type = switch (to) {
            case "int" -> ScalarType.INT;
            case "float" -> ScalarType.FLOAT;
            case "bool" -> ScalarType.BOOL;
            default -> ScalarType.STR;
        };
        ConstantValue folded = null;
        try {
            if (constant != null && !(constant instanceof ConstantValue.Template)) {
                folded = switch (to) {
                    case "str" -> new ConstantValue.Str(constant.str());
                    case "int" -> constant instanceof ConstantValue.Str s ? new ConstantValue.Int(new BigInteger(s.value()
                            .strip())) : constant instanceof ConstantValue.Int ? constant : null;
                    case "float" -> constant instanceof ConstantValue.Str s ? new ConstantValue.Float(Double.parseDouble(
                            s.value().strip())) : constant instanceof ConstantValue.Int i
                            ? new ConstantValue.Float(i.value().doubleValue()) : constant instanceof ConstantValue.Float
                            ? constant : null;
                    default -> ConstantFolder.truth(constant) == null ? null
                            : new ConstantValue.Bool(ConstantFolder.truth(constant));
                };
            } else if (constant instanceof ConstantValue.Template && to.equals("str")) {
                folded = constant;
            }
        } catch (NumberFormatException notANumber) {
            folded = null;
        }
        Eval result = new Eval(type, folded, null, null, null, null, null);
        return arg != null && arg.parameter() != null ? result.withParameter(arg.parameter()) : result;
    }

}
