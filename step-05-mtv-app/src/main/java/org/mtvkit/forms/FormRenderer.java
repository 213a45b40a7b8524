package org.mtvkit.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtvkit.template.Engine;
import org.mtvkit.template.SafeString;

/**
 * Renders forms and widgets with the kit's own template engine, from the templates under
 * {@code org/mtvkit/forms/templates/}: every value a visitor sent is autoescaped there, like any other
 * template variable, and the result is a {@link SafeString} so that {@code {{ form.asP }}} in a page
 * is not escaped twice. Django renders its widgets through templates the same way.
 */
final class FormRenderer {

    // One engine for every form: templates are parsed once, and rendering keeps no state between calls.
    private static final Engine ENGINE = Engine.builder().classpath("org/mtvkit/forms/templates").strict(true).build();

    private FormRenderer() {
    }

    static SafeString render(String template, Map<String, ?> context) {
        return SafeString.of(ENGINE.render(template, context));
    }

    // region: widget
    /** A widget with its HTML attributes, in Django's order: the field's own, then required, then id. */
    static SafeString widget(Widget widget, String name, String id, Map<String, String> fieldAttrs,
                             boolean required, List<String> values) {
        Map<String, Object> attrs = new LinkedHashMap<>(fieldAttrs);
        if (widget instanceof Widget.Checkbox) {
            putFlags(attrs, required, id);
            if (!values.isEmpty() && !values.get(0).isEmpty() && !values.get(0).equalsIgnoreCase("false")) {
                attrs.put("checked", true);
            }
            return render("widgets/input.html", Map.of("type", "checkbox", "name", name, "has_value", false,
                    "value", "", "attrs", attrs(attrs)));
        }
        if (widget instanceof Widget.Select select) {
            // Django puts "required" on a single select only when its first option is the empty one.
            boolean firstIsEmpty = !select.choices().isEmpty() && select.choices().get(0).value().isEmpty();
            putFlags(attrs, required && (select.multiple() || firstIsEmpty), id);
            if (select.multiple()) {
                attrs.put("multiple", true);
            }
            return render("widgets/select.html", Map.of("name", name, "attrs", attrs(attrs),
                    "options", options(select, values)));
        }
        Widget.Input input = (Widget.Input) widget;
        putFlags(attrs, required, id);
        return render("widgets/input.html", Map.of("type", input.type(), "name", name,
                "has_value", !values.isEmpty() && !values.get(0).isEmpty(),
                "value", values.isEmpty() ? "" : values.get(0), "attrs", attrs(attrs)));
    }
    // endregion

    private static void putFlags(Map<String, Object> attrs, boolean required, String id) {
        if (required) {
            attrs.put("required", true);
        }
        attrs.put("id", id);
    }

    private static List<Map<String, Object>> attrs(Map<String, Object> attrs) {
        List<Map<String, Object>> list = new ArrayList<>();
        attrs.forEach((name, value) -> list.add(Map.of("name", name, "has_value", !(value instanceof Boolean),
                "value", String.valueOf(value))));
        return list;
    }

    private static List<Map<String, Object>> options(Widget.Select select, List<String> values) {
        List<Map<String, Object>> options = new ArrayList<>();
        boolean chosen = false;
        for (Choice choice : select.choices()) {
            boolean selected = values.contains(choice.value()) && (select.multiple() || !chosen);
            chosen |= selected;
            options.add(Map.of("value", choice.value(), "label", choice.label(), "selected", selected));
        }
        return options;
    }
}
