package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parameters of a {@code def} or {@code lambda}: positional-only (before {@code /}), ordinary,
 * {@code *vararg}, keyword-only (after {@code *}) and {@code **kwarg}. {@code vararg} and {@code kwarg} are null
 * when absent. Each {@link Arg} carries its own default value.
 */
public record Arguments(List<Arg> posOnly, List<Arg> args, Arg vararg, List<Arg> kwOnly, Arg kwarg, Span span)
        implements PyNode {

    public Arguments {
        posOnly = Children.copy(posOnly);
        args = Children.copy(args);
        kwOnly = Children.copy(kwOnly);
    }

    /** No parameters at all. */
    public static Arguments empty(Span span) {
        return new Arguments(List.of(), List.of(), null, List.of(), null, span);
    }

    /** Every parameter in declaration order. */
    public List<Arg> all() {
        List<Arg> out = new ArrayList<>(posOnly);
        out.addAll(args);
        if (vararg != null) {
            out.add(vararg);
        }
        out.addAll(kwOnly);
        if (kwarg != null) {
            out.add(kwarg);
        }
        return Collections.unmodifiableList(out);
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    @Override
    public List<PyNode> children() {
        return Children.of(all());
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitArguments(this);
    }
}
