package dev.nbmigrate.converter.api;

import java.util.Arrays;
import java.util.Locale;

/** How far nbmigrate carries a PySpark API member over to Java: the assess command's three classes. */
public enum SupportStatus {
    /** Translated to an equivalent Java call. */
    SUPPORTED,
    /** Translated, but equivalence is not guaranteed: the member's code explains why. */
    WARNING,
    /** Not translated: the member's code says why and what to do instead. */
    UNSUPPORTED;

    /** The spelling in the API table and in reports: {@code supported}, {@code warning}, {@code unsupported}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status spelt {@code label}. */
    public static SupportStatus byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown support status '" + label
                        + "' (expected supported, warning or unsupported)"));
    }
}
