package dev.nbmigrate.converter.check;

/** One javac error in a generated unit: the class, the 1-based line and column in the generated text, the message. */
public record CompileError(String className, long line, long column, String message) {

    @Override
    public String toString() {
        return className + ":" + line + ":" + column + ": " + message;
    }
}
