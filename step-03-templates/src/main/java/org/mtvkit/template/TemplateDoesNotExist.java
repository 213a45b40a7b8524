package org.mtvkit.template;

import java.util.List;

/** No loader has a template by that name; the message lists every place that was tried. */
public class TemplateDoesNotExist extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final List<String> tried;

    public TemplateDoesNotExist(String templateName, List<String> tried) {
        super(message(templateName, tried));
        this.templateName = templateName;
        this.tried = List.copyOf(tried);
    }

    // region: message
    /** Names every place the loaders looked, and gives the hint that fits the kinds of loader asked. */
    private static String message(String name, List<String> tried) {
        if (tried.isEmpty()) {
            return "No template name was given (got '" + name + "'): give the name of a template";
        }
        boolean classpath = tried.stream().anyMatch(place -> place.startsWith("classpath:"));
        boolean others = tried.stream().anyMatch(place -> !place.startsWith("classpath:"));
        String hint = classpath && others ? "Check the name, that the file is under the templates folder on the"
                + " classpath, or that the other loaders hold it"
                : classpath ? "Check the name, and that the file is under the templates folder on the classpath"
                : "Check the name against the templates those loaders hold";
        return "Template '" + name + "' does not exist. Looked in: " + String.join(", ", tried) + ". " + hint + ".";
    }
    // endregion

    public String templateName() {
        return templateName;
    }

    /** Where the loader looked, in order. */
    public List<String> tried() {
        return tried;
    }
}
