package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.Objects;

/**
 * What the analyser knows about one Python value: the product of the type lattice with a constant, the facts of a
 * reader/writer chain, a user function, a symbolic name for things outside the lattice ({@code sys.argv},
 * {@code dbutils.widgets}, an {@code argparse} parser), and the notebook parameter the value is.
 *
 * @param type      the inferred type
 * @param constant  the value when known at conversion time, else null
 * @param literal   the literal the constant was written as (to locate secrets), else null
 * @param chain     reader/writer facts for {@code DataFrameReader}/{@code DataFrameWriter} values, else null
 * @param function  the user function, for values that are one, else null
 * @param qualname  a dotted symbolic name for modules and objects outside the lattice, else null
 * @param parameter the name of the notebook parameter this value is, else null
 */
record Eval(PyType type, ConstantValue constant, PyExpr literal, IoChain chain, FunctionInfo function,
            String qualname, String parameter) {

    static final Eval UNKNOWN = new Eval(UnknownType.UNKNOWN, null, null, null, null, null, null);

    Eval {
        Objects.requireNonNull(type, "type");
    }

    static Eval of(PyType type) {
        return new Eval(type, null, null, null, null, null, null);
    }

    static Eval constant(PyType type, ConstantValue constant, PyExpr literal) {
        return new Eval(type, constant, literal, null, null, null, null);
    }

    static Eval symbolic(PyType type, String qualname) {
        return new Eval(type, null, null, null, null, qualname, null);
    }

    Eval withType(PyType newType) {
        return new Eval(newType, constant, literal, chain, function, qualname, parameter);
    }

    Eval withChain(IoChain newChain) {
        return new Eval(type, constant, literal, newChain, function, qualname, parameter);
    }

    Eval withParameter(String name) {
        return new Eval(type, constant, literal, chain, function, qualname, name);
    }

    Eval withConstant(ConstantValue value, PyExpr origin) {
        return new Eval(type, value, origin, chain, function, qualname, parameter);
    }

    /** The least upper bound: types join, other facts survive only when both sides agree. */
    Eval join(Eval other) {
        if (this.equals(other)) {
            return this;
        }
        return new Eval(PyTypes.join(type, other.type),
                Objects.equals(constant, other.constant) ? constant : null,
                Objects.equals(constant, other.constant) && literal == other.literal ? literal : null,
                chain == null ? other.chain : other.chain == null ? chain : chain.merge(other.chain),
                function == other.function ? function : null,
                Objects.equals(qualname, other.qualname) ? qualname : null,
                parameter != null ? parameter : other.parameter);
    }
}
