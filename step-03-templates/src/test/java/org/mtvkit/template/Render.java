package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

/** Test helpers: a template given as text, rendered by a strict engine as "test.html". */
final class Render {

    private Render() {
    }

    static Engine engine(boolean strict, Map<String, String> templates) {
        return Engine.builder().loader(Loader.fromMap(templates)).strict(strict).build();
    }

    static String strict(String template, Map<String, ?> context) {
        return engine(true, Map.of("test.html", template)).render("test.html", context);
    }

    static String strict(String template) {
        return strict(template, Map.of());
    }

    static String lenient(String template, Map<String, ?> context) {
        return engine(false, Map.of("test.html", template)).render("test.html", context);
    }

    /** The error a strict engine raises compiling or rendering the template. */
    static TemplateError error(String template, Map<String, ?> context) {
        return assertThrows(TemplateError.class, () -> strict(template, context));
    }

    static TemplateError error(String template) {
        return error(template, Map.of());
    }

    /** A map that keeps null values, which Map.of refuses. */
    static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
