package dev.nbmigrate.runtime.config;

import java.util.Collection;
import java.util.Optional;

/** Finds the nearest known name to a mistyped one (edit distance over {@link Names#normalize normalized} forms). */
public final class Suggest {
    private Suggest() {
    }

    /**
     * The candidate closest to {@code input}, if it is close enough to be a plausible typo: at most a third of its
     * length (at least 2) edits away. Ties go to the alphabetically first candidate, so the answer is stable.
     */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String typed = Names.normalize(input);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String known = Names.normalize(candidate);
            int distance = distance(typed, known);
            int limit = Math.max(2, known.length() / 3);
            if (distance > limit) {
                continue;
            }
            if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
