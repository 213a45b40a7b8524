package org.mtvkit.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input of a form and how its text becomes a value: Django's {@code forms.Field}. Cleaning runs
 * in Django's order: {@link #toValue} turns the submitted text into a Java value (or refuses it),
 * {@link #validate} checks it is present when required, then each validator runs and all their
 * messages are kept. An empty optional field cleans to {@code null}, which the form reports as an
 * empty {@code Optional}.
 *
 * <p>The options every field has return {@code Field<T>}; set a field's own options (such as
 * {@code maxLength}) first: {@code new CharField().maxLength(100).required(false)}.
 */
public abstract class Field<T> {

    /** A check on a cleaned value, Django's {@code validators=[...]}; throws {@link ValidationError}. */
    @FunctionalInterface
    public interface Validator<T> {
        void validate(T value);
    }

    /** Django's {@code clean_<field>()} hook: receives the cleaned value, returns it (or a new one), or throws. */
    @FunctionalInterface
    public interface Cleaner<T> {
        T clean(T value);
    }

    private boolean required = true;
    private Optional<String> label = Optional.empty();
    private Optional<Object> initial = Optional.empty();
    private String helpText = "";
    private final List<Validator<T>> validators = new ArrayList<>();
    private final List<Cleaner<T>> cleaners = new ArrayList<>();

    public Field<T> required(boolean required) {
        this.required = required;
        return this;
    }

    public Field<T> label(String label) {
        this.label = Optional.of(label);
        return this;
    }

    /** What an unbound form shows: Django's {@code initial}. */
    public Field<T> initial(Object initial) {
        this.initial = Optional.of(initial);
        return this;
    }

    /** Shown after the widget; escaped like every other text of a form. */
    public Field<T> helpText(String helpText) {
        this.helpText = helpText;
        return this;
    }

    public Field<T> validator(Validator<T> validator) {
        validators.add(validator);
        return this;
    }

    /** Registers the {@code clean_<field>} hook; it runs after the field's own cleaning succeeded. */
    public Field<T> cleanWith(Cleaner<T> cleaner) {
        cleaners.add(cleaner);
        return this;
    }

    public boolean isRequired() {
        return required;
    }

    public Optional<String> label() {
        return label;
    }

    public Optional<Object> initial() {
        return initial;
    }

    public String helpText() {
        return helpText;
    }

    /** The widget that shows this field. */
    public abstract Widget widget();

    // region: clean
    /**
     * Cleans the values submitted under this field's name (usually one; none when it was not sent).
     *
     * @return the value, or {@code null} for an empty optional field
     * @throws ValidationError with every message that applies
     */
    public final T clean(List<String> submitted) {
        T value = toValue(submitted);
        validate(value);
        List<String> messages = new ArrayList<>();
        if (!isEmpty(value)) {                         // as Django, validators never see an empty value
            for (Validator<T> validator : validators) {
                try {
                    validator.validate(value);
                } catch (ValidationError e) {
                    messages.addAll(e.messages());
                }
            }
        }
        if (!messages.isEmpty()) {
            throw new ValidationError(messages);
        }
        return value;
    }
    // endregion

    /** Runs the {@code clean_<field>} hooks, in the order they were registered. */
    final T runCleaners(T value) {
        T result = value;
        for (Cleaner<T> cleaner : cleaners) {
            result = cleaner.clean(result);
        }
        return result;
    }

    /** Django's {@code to_python}: text to value, {@code null} when empty. */
    protected abstract T toValue(List<String> submitted);

    /** Django's {@code validate}: by default, only that a required field is not empty. */
    protected void validate(T value) {
        if (required && isEmpty(value)) {
            throw new ValidationError("This field is required.");
        }
    }

    protected boolean isEmpty(T value) {
        return value == null || "".equals(value) || (value instanceof List<?> list && list.isEmpty());
    }

    /** The last submitted value, trimmed, or {@code null} when nothing (or only spaces) was sent. */
    static String last(List<String> submitted, boolean strip) {
        if (submitted.isEmpty()) {
            return null;
        }
        String value = submitted.get(submitted.size() - 1);
        if (strip) {
            value = value.strip();
        }
        return value.isEmpty() ? null : value;
    }

    /** Attributes the widget gets from the field ({@code maxlength}, {@code min}), in Django's order. */
    protected Map<String, String> widgetAttrs() {
        return new LinkedHashMap<>();
    }

    /** Whether a redisplayed form shows what was typed; a password field never does. */
    protected boolean rendersValue() {
        return true;
    }

    /** How a value (initial, or cleaned) is written back into the widget. */
    protected String format(Object value) {
        return String.valueOf(value);
    }
}
