package org.mtvkit.template.freemarker;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import org.mtvkit.template.SafeString;

/**
 * FreeMarker's HTML output format, escaping exactly as Django does. FreeMarker's own {@code HTML} format
 * writes {@code '} as {@code &#39;}; this one writes {@code &#x27;}, so both engines give the same bytes.
 */
// region: output-format
final class DjangoHtmlOutputFormat extends CommonMarkupOutputFormat<DjangoHtmlOutputFormat.Markup> {

    static final DjangoHtmlOutputFormat INSTANCE = new DjangoHtmlOutputFormat();

    private DjangoHtmlOutputFormat() {
    }

    @Override
    public String getName() {
        return "DjangoHTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEscape, Writer out) throws IOException {
        out.write(escapePlainText(textToEscape));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return SafeString.escape(plainTextContent).html();
    }
    // endregion

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xhtml") || builtInName.equals("xml");
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** A piece of text already in this format: FreeMarker writes it without escaping. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public DjangoHtmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
