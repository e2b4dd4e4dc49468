package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.translate.JavaParentheses;

/**
 * The Java of one notebook cell: a sequence of statements and comment lines (the {@code // cell N} marker first,
 * {@code // TODO(NBMxxx)} comments above the code they concern). Mutable while the cell is translated.
 */
final class Block {

    /** One piece of a block: a Java statement or one comment line (without {@code //}). */
    sealed interface Item permits Code, Comment {
    }

    /**
     * A statement and the notebook statement it came from ({@code null} when none is known); statements of one
     * origin (the same object) are one step of the job.
     */
    record Code(Statement statement, Origin origin) implements Item {
        Code {
            Objects.requireNonNull(statement, "statement");
        }
    }

    /** Where a step came from: the notebook place and its (redacted) source lines. */
    static final class Origin {
        private final dev.nbmigrate.converter.diag.Location where;
        private final List<String> python;

        Origin(dev.nbmigrate.converter.diag.Location where, List<String> python) {
            this.where = Objects.requireNonNull(where, "where");
            this.python = List.copyOf(python);
        }

        dev.nbmigrate.converter.diag.Location where() {
            return where;
        }

        List<String> python() {
            return python;
        }
    }

    record Comment(String text) implements Item {
        Comment {
            Objects.requireNonNull(text, "text");
        }
    }

    private final int cell;
    private final List<Item> items = new ArrayList<>();
    private Origin origin;

    Block(int cell, String marker) {
        this.cell = cell;
        items.add(new Comment(marker));
    }

    int cell() {
        return cell;
    }

    void add(Statement statement) {
        items.add(new Code(JavaParentheses.apply(statement), origin));
    }

    /** Adds {@code statement} with the origin it had (a statement of a notebook included with {@code %run}). */
    void add(Statement statement, Origin from) {
        items.add(new Code(JavaParentheses.apply(statement), from));
    }

    /** The origin of the statements added from now on ({@code null}: none). */
    void origin(Origin from) {
        this.origin = from;
    }

    Origin origin() {
        return origin;
    }

    void comment(String text) {
        text.lines().forEach(line -> items.add(new Comment(line)));
    }

    /** Removes {@code statement} (this very node) from the block. */
    /** Adds {@code added} just before {@code existing}, as part of the same step (same origin). */
    void insertBefore(Statement existing, Statement added) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Code code && code.statement() == existing) {
                items.add(i, new Code(added, code.origin()));
                return;
            }
        }
        throw new IllegalArgumentException("not a statement of this block: " + existing);
    }

    void remove(Statement statement) {
        items.removeIf(item -> item instanceof Code code && code.statement() == statement);
    }

    List<Item> items() {
        return items;
    }

    /** The statements, in order. */
    List<Statement> statements() {
        return items.stream().filter(Code.class::isInstance).map(i -> ((Code) i).statement()).toList();
    }

    boolean hasCode() {
        return items.stream().anyMatch(Code.class::isInstance);
    }
}
