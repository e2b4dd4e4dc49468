package dev.nbmigrate.converter.analyze;

import java.util.Locale;

/** How far one cell is from converting, as the assess report shows it. */
public enum CellStatus {
    /** Code that converts with no finding above info. */
    READY(true, true),
    /** Code that converts, with warnings to review. */
    REVIEW(true, true),
    /** Code with at least one error: it becomes a failing TODO. */
    BLOCKED(true, false),
    /** Code that only looks at data (show, display, prints, plots, a displayed query): inspection or dropped. */
    EXPLORATION(true, true),
    /** Code nbmigrate does not translate: Scala, R, shell, file system commands, unknown magics. */
    NOT_TRANSLATED(true, false),
    /** Session settings ({@code %%configure}, {@code %%info}...): deployment configuration, not code. */
    SETTINGS(false, true),
    /** Markdown, raw or empty cells. */
    NOT_CODE(false, true);

    private final boolean code;
    private final boolean convertible;

    CellStatus(boolean code, boolean convertible) {
        this.code = code;
        this.convertible = convertible;
    }

    /** True for cells that hold code to convert (counted in readiness). */
    public boolean code() {
        return code;
    }

    /** True when the cell converts without an error. */
    public boolean convertible() {
        return convertible;
    }

    /** Lower-case, dash-separated, for reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
