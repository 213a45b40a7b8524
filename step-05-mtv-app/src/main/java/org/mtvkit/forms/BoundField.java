package org.mtvkit.forms;

import java.util.List;
import java.util.Map;
import org.mtvkit.template.SafeString;

/**
 * A field of one form instance, ready to show: its label, its widget filled with what was submitted
 * (or the initial value), its errors and help text. Templates read {@code field.labelTag},
 * {@code field.widget}, {@code field.errors}; {@code {{ field }}} alone is the widget.
 */
public final class BoundField {

    private final Form form;
    private final String name;
    private final Field<?> field;

    BoundField(Form form, String name, Field<?> field) {
        this.form = form;
        this.name = name;
        this.field = field;
    }

    public String getName() {
        return name;
    }

    /** The field's label, or its name made readable: {@code pubDate} is {@code Pub date}. */
    public String getLabel() {
        return field.label().orElse(Models.prettyName(name));
    }

    /** {@code id_<name>}, the id the widget carries and the label points at. */
    public String getIdForLabel() {
        return "id_" + name;
    }

    public String getHelpText() {
        return field.helpText();
    }

    public List<String> getErrors() {
        return form.errors().getOrDefault(name, List.of());
    }

    /** Django's {@code label_tag}: {@code <label for="id_subject">Subject:</label>}. */
    public SafeString labelTag() {
        String label = getLabel();
        boolean punctuated = !label.isEmpty() && ":?.!".indexOf(label.charAt(label.length() - 1)) >= 0;
        return FormRenderer.render("label.html", Map.of("id", getIdForLabel(), "label", label,
                "suffix", punctuated ? "" : ":"));
    }

    // region: bound-value
    /** What the widget shows: the submitted text in a bound form, else the initial value, formatted. */
    List<String> values() {
        if (!field.rendersValue()) {
            return List.of();
        }
        if (form.isBound()) {
            return form.data().getList(name);
        }
        return form.initialValue(name).map(v -> v instanceof List<?> list
                ? list.stream().map(field::format).toList() : List.of(field.format(v))).orElse(List.of());
    }
    // endregion

    public SafeString widget() {
        return FormRenderer.widget(field.widget(), name, getIdForLabel(), field.widgetAttrs(),
                field.isRequired(), values());
    }

    @Override
    public String toString() {
        return widget().html();
    }
}
