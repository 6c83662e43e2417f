package org.gongkai.render;

/** A template of the theme failed: a theme bug, reported with the template and line. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TemplateException(String template, RuntimeException cause) {
        super(template + ": " + cause.getMessage(), cause);
    }
}
