package org.mtvkit.template.freemarker;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.core.ParseException;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.template.ClasspathLoader;
import org.mtvkit.template.TemplateDoesNotExist;
import org.mtvkit.template.TemplateEngine;
import org.mtvkit.template.TemplateError;
import org.mtvkit.template.TemplateHooks;

/**
 * FreeMarker behind the kit's {@link TemplateEngine}: {@code .ftlh} templates from a classpath folder,
 * HTML-escaped exactly as our engine escapes, with the application's hooks as the functions
 * {@code url(...)}, {@code static(...)} and {@code csrf_input()}, and FreeMarker's errors turned into
 * {@link TemplateError}s with the template's name, line, column and source.
 *
 * <p>FreeMarker is always strict: a missing variable is an error unless the template gives a default
 * ({@code ${name!"anonymous"}}).
 */
public final class FreeMarkerEngine implements TemplateEngine {

    private final Configuration configuration;
    private final ClasspathLoader sources;

    /** An engine for the {@code .ftlh} files under a classpath folder, like {@code "templates"}. */
    public FreeMarkerEngine(String folder, TemplateHooks hooks) {
        this.sources = new ClasspathLoader(folder);
        this.configuration = configure(folder, hooks);
    }

    // region: configure
    private static Configuration configure(String folder, TemplateHooks hooks) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(FreeMarkerEngine.class.getClassLoader(), folder));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ENGLISH);
        // Errors are thrown, never written into the page or logged twice.
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // .ftlh files are HTML, auto-escaped the way Django escapes.
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setRegisteredCustomOutputFormats(List.of(DjangoHtmlOutputFormat.INSTANCE));
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(DjangoHtmlOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), html));
        // Print values as our engine does: 1234 not "1,234", True/False for booleans, every space kept.
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("True,False");
        cfg.setWhitespaceStripping(false);
        cfg.setObjectWrapper(new SafeStringWrapper());
        cfg.setSharedVariable("url", Hooks.url(hooks));
        cfg.setSharedVariable("static", Hooks.staticUrl(hooks));
        cfg.setSharedVariable("csrf_input", Hooks.csrfInput());
        return cfg;
    }
    // endregion

    // region: render
    @Override
    public String render(String templateName, Map<String, ?> context) {
        Template template;
        try {
            template = configuration.getTemplate(templateName);
        } catch (TemplateNotFoundException e) {
            throw new TemplateDoesNotExist(templateName, List.of(sources.location(templateName)));
        } catch (ParseException e) {
            throw new TemplateError(e.getEditorMessage(), nameOr(e.getTemplateName(), templateName), e.getLineNumber(),
                    e.getColumnNumber(), source(nameOr(e.getTemplateName(), templateName)), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + sources.location(templateName), e);
        }
        StringWriter out = new StringWriter();
        try {
            template.process(new HashMap<>(context), out);
        } catch (TemplateException e) {
            String name = nameOr(e.getTemplateSourceName(), templateName);
            throw new TemplateError(e.getMessageWithoutStackTop(), name, orZero(e.getLineNumber()),
                    orZero(e.getColumnNumber()), source(name), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
    // endregion

    private String source(String name) {
        Optional<String> text = sources.load(name);
        return text.orElse(null);
    }

    private static String nameOr(String name, String fallback) {
        return name == null ? fallback : name;
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
