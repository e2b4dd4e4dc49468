package dev.nbmigrate.converter.render;

/**
 * A template that cannot be read, parsed or rendered: the message names the template (and the user's folder
 * when the template came from {@code --templates}), the line and column, and what is wrong.
 */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
