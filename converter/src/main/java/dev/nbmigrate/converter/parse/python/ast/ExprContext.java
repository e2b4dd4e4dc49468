package dev.nbmigrate.converter.parse.python.ast;

/** Whether a name, attribute, subscript, starred, list or tuple expression is read, assigned or deleted. */
public enum ExprContext {
    LOAD, STORE, DEL
}
