package dev.nbmigrate.converter.reconcile;

/** How one output or displayed result reconciled. */
public enum Verdict {
    /** Both sides have it and it is equal. */
    EQUAL("equal"),
    /** Both sides have it and it differs. */
    DIFFERENT("different"),
    /** Only the notebook wrote or displayed it. */
    NOTEBOOK_ONLY("only in the notebook"),
    /** Only the job wrote or displayed it. */
    JOB_ONLY("only in the job"),
    /** A side has it but could not read it back (its error is in the note). */
    UNREADABLE("unreadable"),
    /** It differs (or is on one side only) in a way a reviewer accepted, with the reason in the note. */
    ACCEPTED("accepted");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict in words, for reports. */
    public String words() {
        return words;
    }
}
