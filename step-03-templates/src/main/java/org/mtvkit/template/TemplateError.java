package org.mtvkit.template;

import java.util.Optional;

/**
 * A mistake in a template, found while compiling it (a syntax error) or while rendering it (a strict-mode
 * missing variable, a failing filter). Either way it says where: the template's name, the line and the
 * column, and it carries the template's source so an error page can show the lines around the mistake.
 *
 * <p>Both engines behind {@link TemplateEngine} throw this type, so an application handles one exception.
 */
public class TemplateError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String templateName;
    private final int line;
    private final int column;
    private final String source;

    /**
     * @param reason what was wrong and what to do, without the position
     * @param templateName the template's name as the loader knows it
     * @param line 1-based line
     * @param column 1-based column
     * @param source the template's full source text, or null when it could not be read
     * @param cause the underlying exception, or null
     */
    public TemplateError(String reason, String templateName, int line, int column, String source, Throwable cause) {
        super(reason + " (" + templateName + ", line " + line + ", column " + column + ")", cause);
        this.reason = reason;
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.source = source;
    }

    /** What was wrong, without the position. */
    public String reason() {
        return reason;
    }

    public String templateName() {
        return templateName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The whole source of the template the error is in, when it is known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The source lines around the error, numbered, with a caret under the column: what a debug page shows.
     *
     * @param around how many lines to show before and after the failing one
     */
    public String sourceExcerpt(int around) {
        if (source == null) {
            return "";
        }
        String[] lines = source.split("\r?\n", -1);
        StringBuilder out = new StringBuilder();
        int from = Math.max(1, line - around);
        int to = Math.min(lines.length, line + around);
        int width = String.valueOf(to).length();
        for (int n = from; n <= to; n++) {
            String number = String.format("%" + width + "d", n);
            out.append(n == line ? "> " : "  ").append(number).append(" | ").append(lines[n - 1]).append('\n');
            if (n == line) {
                out.append(" ".repeat(width + 5 + Math.max(0, column - 1))).append("^\n");
            }
        }
        return out.toString();
    }
}
