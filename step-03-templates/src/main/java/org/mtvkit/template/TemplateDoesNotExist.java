package org.mtvkit.template;

import java.util.List;

/** No loader has a template by that name; the message lists every place that was tried. */
public class TemplateDoesNotExist extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final List<String> tried;

    public TemplateDoesNotExist(String templateName, List<String> tried) {
        super("Template '" + templateName + "' does not exist. Looked in: " + String.join(", ", tried)
                + ". Check the name, and that the file is under the templates folder on the classpath.");
        this.templateName = templateName;
        this.tried = List.copyOf(tried);
    }

    public String templateName() {
        return templateName;
    }

    /** Where the loader looked, in order. */
    public List<String> tried() {
        return tried;
    }
}
