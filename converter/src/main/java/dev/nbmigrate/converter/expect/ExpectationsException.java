package dev.nbmigrate.converter.expect;

/**
 * An expectations file that cannot be read or does not follow the format: the message names the file and the JSON
 * path of the problem ({@code outputs[1].rows[3]: key column 'site_id' is missing}).
 */
public final class ExpectationsException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExpectationsException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExpectationsException(String message) {
        super(message);
    }
}
