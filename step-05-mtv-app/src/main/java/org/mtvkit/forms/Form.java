package org.mtvkit.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.template.SafeString;

/**
 * Django's {@code forms.Form}: named fields, the data a browser submitted, and what became of it.
 *
 * <pre>{@code
 * final class ContactForm extends Form {
 *     ContactForm(FormData data) {
 *         super(data);
 *         field("subject", new CharField().maxLength(100));
 *         field("age", new IntegerField().minValue(0)).cleanWith(age -> ...);   // clean_age()
 *     }
 *
 *     @Override
 *     protected void clean() { ... }                                          // clean()
 * }
 * }</pre>
 *
 * A form made without data is unbound: it only renders, with initial values. A bound form cleans its
 * data the first time it is asked ({@link #isValid()}, {@link #errors()}): each field in order, then
 * its {@code cleanWith} hooks, then {@link #clean()}. Every {@link ValidationError} becomes a message
 * under the field or the whole form: no input, however wrong, makes a form throw.
 *
 * <p>A form belongs to one request: make a new one each time, as in Django.
 */
public class Form implements Iterable<BoundField> {

    private final Optional<FormData> data;
    private final Map<String, Field<?>> fields = new LinkedHashMap<>();
    private final Map<String, Object> initial = new LinkedHashMap<>();
    private Map<String, Object> cleaned;
    private Map<String, List<String>> errors;
    private final List<String> nonFieldErrors = new ArrayList<>();

    /** An unbound form: shown empty, or with initial values. */
    protected Form() {
        this.data = Optional.empty();
    }

    /** A bound form, holding what a browser submitted. */
    protected Form(FormData data) {
        this.data = Optional.of(data);
    }

    /** Declares a field; fields render in the order they are declared. */
    protected final <F extends Field<?>> F field(String name, F field) {
        if (fields.containsKey(name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " declares the field '" + name
                    + "' twice; give each field its own name");
        }
        fields.put(name, field);
        return field;
    }

    /** Initial values for an unbound form, over each field's own: Django's {@code Form(initial=...)}. */
    public final Form initial(Map<String, ?> values) {
        initial.putAll(values);
        return this;
    }

    public final boolean isBound() {
        return data.isPresent();
    }

    final FormData data() {
        return data.orElse(FormData.empty());
    }

    /** Field names in their order. */
    public final List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    // region: is-valid
    /** Whether the form is bound and every field (and {@link #clean()}) accepted its data. */
    public final boolean isValid() {
        return isBound() && errors().isEmpty() && nonFieldErrors().isEmpty();
    }
    // endregion

    /** Messages by field name, for the fields that have any; empty for an unbound form. */
    public final Map<String, List<String>> errors() {
        fullClean();
        return errors;
    }

    /** Messages about the whole form, from {@link #clean()}: Django's {@code non_field_errors()}. */
    public final List<String> nonFieldErrors() {
        fullClean();
        return Collections.unmodifiableList(nonFieldErrors);
    }

    /** The cleaned values of the fields that passed, by name (an empty optional field holds null). */
    public final Map<String, Object> cleanedData() {
        fullClean();
        return Collections.unmodifiableMap(cleaned);
    }

    /** One cleaned value, checked to be of the type: empty if the field failed, was empty, or is not there. */
    public final <V> Optional<V> cleaned(String name, Class<V> type) {
        return Optional.ofNullable(cleanedData().get(name)).filter(type::isInstance).map(type::cast);
    }

    /** Django's {@code clean()}: checks that need several fields. Throw {@link ValidationError}, or call {@link #addError}. */
    protected void clean() {
    }

    /** Files a message under a field from {@link #clean()}, taking the field out of the cleaned data, as Django's {@code add_error}. */
    protected final void addError(String field, String message) {
        if (!fields.containsKey(field)) {
            throw new IllegalArgumentException("'" + field + "' is not a field of " + getClass().getSimpleName()
                    + "; its fields are " + fields.keySet() + ". For a message about the whole form, use addNonFieldError");
        }
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        cleaned.remove(field);
    }

    protected final void addNonFieldError(String message) {
        nonFieldErrors.add(message);
    }

    // region: full-clean
    private void fullClean() {
        if (errors != null) {
            return;
        }
        errors = new LinkedHashMap<>();
        cleaned = new LinkedHashMap<>();
        if (!isBound()) {
            return;
        }
        for (Map.Entry<String, Field<?>> entry : fields.entrySet()) {
            cleanField(entry.getKey(), entry.getValue());
        }
        try {
            clean();
        } catch (ValidationError e) {
            nonFieldErrors.addAll(e.messages());
        }
        postClean();
    }

    /** Runs after {@link #clean()}: where a {@link ModelForm} checks what only the database knows. */
    void postClean() {
    }

    private <T> void cleanField(String name, Field<T> field) {
        try {
            T value = field.clean(data().getList(name));
            cleaned.put(name, value);                        // the hooks may read it, as in Django
            cleaned.put(name, field.runCleaners(value));
        } catch (ValidationError e) {
            errors.computeIfAbsent(name, k -> new ArrayList<>()).addAll(e.messages());
            cleaned.remove(name);
        }
    }
    // endregion

    /** The initial value of a field: the form's, else the field's own. */
    final Optional<Object> initialValue(String name) {
        return initial.containsKey(name) ? Optional.ofNullable(initial.get(name)) : fields.get(name).initial();
    }

    /** The field, bound to this form, for a template or a view. */
    public final BoundField get(String name) {
        Field<?> field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("'" + name + "' is not a field of " + getClass().getSimpleName()
                    + "; its fields are " + fields.keySet());
        }
        return new BoundField(this, name, field);
    }

    @Override
    public final Iterator<BoundField> iterator() {
        return visibleFields().iterator();
    }

    /** Every field, bound to this form, in order: {@code {% for field in form.visibleFields %}}. */
    public final List<BoundField> visibleFields() {
        return fields.entrySet().stream().map(e -> new BoundField(this, e.getKey(), e.getValue())).toList();
    }

    // region: as-p
    /** The whole form as paragraphs, Django's {@code as_p()}: errors, then each label and widget. */
    public final SafeString asP() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BoundField field : visibleFields()) {
            rows.add(Map.of("label_tag", field.labelTag(), "widget", field.widget(),
                    "help_text", field.getHelpText(), "errors", field.getErrors()));
        }
        return FormRenderer.render("p.html", Map.of("top_errors", nonFieldErrors(), "fields", rows));
    }
    // endregion

    @Override
    public String toString() {
        return asP().html();
    }
}
