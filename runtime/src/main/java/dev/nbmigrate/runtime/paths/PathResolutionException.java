package dev.nbmigrate.runtime.paths;

/** A location the current environment's path rules cannot map; the message says which rule would fix it. */
public final class PathResolutionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An error with a complete, one-line message. */
    public PathResolutionException(String message) {
        super(message);
    }
}
