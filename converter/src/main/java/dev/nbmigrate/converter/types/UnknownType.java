package dev.nbmigrate.converter.types;

/** The top of the lattice: the analyser could not tell what the value is. */
public enum UnknownType implements PyType {
    UNKNOWN;

    @Override
    public String display() {
        return "Unknown";
    }
}
