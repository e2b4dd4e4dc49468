package dev.nbmigrate.runtime.handports.wrong;

/** Hand-port points whose {@code manual} class forgot to implement them. */
public interface WrongPorts {

    default void cell1Line1() {
    }
}
