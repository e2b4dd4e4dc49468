package dev.nbmigrate.converter.cells;

/**
 * How sparkmagic brought a query result or DataFrame from the cluster to the notebook server: it always ran the
 * query, then pulled at most {@code maxRows} rows (taken from the top, or sampled), for display and for
 * {@code -o} variables. With sparkmagic's defaults this is the first 2,500 rows: code in {@code %%local} cells
 * that uses an {@code -o} variable worked on that sample, not on the whole result.
 *
 * @param method         {@code take} (the first rows) or {@code sample} (a random fraction, then capped)
 * @param maxRows        the row cap; negative means all rows
 * @param fraction       the sampled fraction for {@code sample} (sparkmagic's default 0.1)
 * @param maxRowsDefault true when {@code -n} was not given, so the cap is sparkmagic's default
 */
public record RowSampling(Method method, long maxRows, double fraction, boolean maxRowsDefault) {

    /** sparkmagic's default row cap ({@code default_maxrows}). */
    public static final long DEFAULT_MAX_ROWS = 2500;
    /** sparkmagic's default sample fraction ({@code default_samplefraction}). */
    public static final double DEFAULT_FRACTION = 0.1;

    /** sparkmagic's sample methods. */
    public enum Method {
        TAKE, SAMPLE
    }

    /** sparkmagic's defaults: take 2,500 rows. */
    public static RowSampling defaults() {
        return new RowSampling(Method.TAKE, DEFAULT_MAX_ROWS, DEFAULT_FRACTION, true);
    }

    /** True when the notebook server saw only part of the result (any cap or sampling). */
    public boolean partial() {
        return maxRows >= 0 || method == Method.SAMPLE;
    }
}
