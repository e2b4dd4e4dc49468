package dev.nbmigrate.converter.parse.python.ast;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;
import java.util.Objects;

/**
 * One imported name: {@code name as asName} ({@code asName} null without {@code as}). {@code name} is dotted in
 * {@code import a.b}, plain in {@code from m import x}, {@code *} for a star import.
 */
public record Alias(String name, String asName, Span span) implements PyNode {

    public Alias {
        Objects.requireNonNull(name, "name");
    }

    /**
     * The name this alias binds in {@code import} form: {@code asName}, else the first component of the dotted
     * name ({@code import os.path} binds {@code os}).
     */
    public String boundNameForImport() {
        if (asName != null) {
            return asName;
        }
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The name this alias binds in {@code from ... import} form: {@code asName}, else {@code name}. */
    public String boundNameForFromImport() {
        return asName != null ? asName : name;
    }

    @Override
    public List<PyNode> children() {
        return List.of();
    }

    @Override
    public <R> R accept(PyVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }
}
