package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.javaparser.ast.stmt.Statement;

/**
 * The Java of one notebook cell: a sequence of statements and comment lines (the {@code // cell N} marker first,
 * {@code // TODO(NBMxxx)} comments above the code they concern). Mutable while the cell is translated.
 */
final class Block {

    /** One piece of a block: a Java statement or one comment line (without {@code //}). */
    sealed interface Item permits Code, Comment {
    }

    record Code(Statement statement) implements Item {
        Code {
            Objects.requireNonNull(statement, "statement");
        }
    }

    record Comment(String text) implements Item {
        Comment {
            Objects.requireNonNull(text, "text");
        }
    }

    private final int cell;
    private final List<Item> items = new ArrayList<>();

    Block(int cell, String marker) {
        this.cell = cell;
        items.add(new Comment(marker));
    }

    int cell() {
        return cell;
    }

    void add(Statement statement) {
        items.add(new Code(statement));
    }

    void comment(String text) {
        text.lines().forEach(line -> items.add(new Comment(line)));
    }

    /** Removes {@code statement} (this very node) from the block. */
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
