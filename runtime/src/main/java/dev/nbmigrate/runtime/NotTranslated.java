package dev.nbmigrate.runtime;

/**
 * What a generated job calls where nbmigrate could not translate a piece of the notebook: the call fails the run
 * with the diagnostic's code and place, so a job with a gap never runs to the end as if it were complete. A reviewer
 * ports the piece by hand and removes the call together with its {@code // TODO(NBMxxx)} comment.
 */
public final class NotTranslated {

    private NotTranslated() {
    }

    /**
     * Fails the run. It never returns; its type parameter lets it stand for the value of an untranslated step whose
     * type is known ({@code Dataset<Row> sales = NotTranslated.fail(...)}), so the steps after it still compile.
     *
     * @param code    the diagnostic code, e.g. {@code NBM219}
     * @param where   the notebook cell and line, e.g. {@code cell 7, line 3}
     * @param message what was not translated
     * @param <T>     the type of the value the step would have made
     * @return never
     * @throws UnsupportedOperationException always
     */
    public static <T> T fail(String code, String where, String message) {
        throw new UnsupportedOperationException(code + " (" + where + "): " + message
                + " -- this step of the notebook was not translated; port it by hand (see MIGRATION.md)");
    }
}
