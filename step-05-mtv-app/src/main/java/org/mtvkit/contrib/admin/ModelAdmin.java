package org.mtvkit.contrib.admin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the admin shows and edits one model, Django's {@code ModelAdmin}. Subclass it and configure it in
 * the constructor, as part 7 of Django's tutorial writes {@code QuestionAdmin}; a plain
 * {@code new ModelAdmin<>(Question.class)} gives Django's defaults (every field, one column).
 *
 * <p>Names are checked when the model is registered, so a misspelt field fails at start-up with the
 * list of the fields there are, never on the tenth request.
 *
 * @param <T> the model
 */
public class ModelAdmin<T> {

    /** The column that shows the object's text, Django's {@code __str__}. */
    public static final String STR = "__str__";

    private final Class<T> model;
    private List<String> listDisplay = List.of(STR);
    private final Map<String, Display<T>> displays = new LinkedHashMap<>();
    private List<String> listFilter = List.of();
    private List<String> searchFields = List.of();
    private Optional<List<String>> fields = Optional.empty();
    private Optional<List<Fieldset>> fieldsets = Optional.empty();
    private final List<TabularInline<?>> inlines = new ArrayList<>();
    private int listPerPage = 100;

    public ModelAdmin(Class<T> model) {
        this.model = model;
    }

    // region: options
    /** The change list's columns: field names, {@link #STR}, or the names of {@link #display} columns. */
    public final ModelAdmin<T> listDisplay(String... columns) {
        this.listDisplay = List.of(columns);
        return this;
    }

    /** A computed column with Django's {@code @admin.display} metadata; name it in {@link #listDisplay}. */
    public final ModelAdmin<T> display(Display<T> display) {
        displays.put(display.name(), display);
        return this;
    }

    /** The sidebar's filters: boolean, date and foreign-key fields. */
    public final ModelAdmin<T> listFilter(String... fields) {
        this.listFilter = List.of(fields);
        return this;
    }

    /** The text fields the search box looks in; every word must be found in one of them. */
    public final ModelAdmin<T> searchFields(String... fields) {
        this.searchFields = List.of(fields);
        return this;
    }

    /** The form's fields, in order, when there are no fieldsets. */
    public final ModelAdmin<T> fields(String... fields) {
        this.fields = Optional.of(List.of(fields));
        return this;
    }

    /** The form's fields in groups, each with an optional heading. */
    public final ModelAdmin<T> fieldsets(Fieldset... fieldsets) {
        this.fieldsets = Optional.of(List.of(fieldsets));
        return this;
    }

    /** Related objects edited on the same page. */
    public final ModelAdmin<T> inlines(TabularInline<?>... inlines) {
        this.inlines.addAll(List.of(inlines));
        return this;
    }

    /** Rows per change-list page, 100 as Django. */
    public final ModelAdmin<T> listPerPage(int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("listPerPage must be at least 1, not " + perPage);
        }
        this.listPerPage = perPage;
        return this;
    }
    // endregion

    public final Class<T> model() {
        return model;
    }

    final List<String> listDisplayNames() {
        return listDisplay;
    }

    final Optional<Display<T>> displayNamed(String name) {
        return Optional.ofNullable(displays.get(name));
    }

    final List<String> listFilterNames() {
        return listFilter;
    }

    final List<String> searchFieldNames() {
        return searchFields;
    }

    final List<TabularInline<?>> inlineList() {
        return List.copyOf(inlines);
    }

    final int perPage() {
        return listPerPage;
    }

    /** The fieldsets the form shows: the declared ones, else one untitled set of {@code fields} or every field. */
    final List<Fieldset> formFieldsets() {
        return fieldsets.orElseGet(() -> List.of(new Fieldset(Optional.empty(),
                fields.orElseGet(() -> ModelFields.editable(model)))));
    }

    final List<String> formFields() {
        return formFieldsets().stream().flatMap(f -> f.fields().stream()).toList();
    }

    // region: check
    /** Django's system checks for a ModelAdmin: every name must be something the model has. */
    final void check(List<Class<?>> knownModels) {
        List<String> editable = ModelFields.editable(model);
        String where = getClass().getSimpleName() + " for " + model.getSimpleName();
        for (String column : listDisplay) {
            if (!column.equals(STR) && !displays.containsKey(column) && ModelFields.field(model, column).isEmpty()) {
                throw new IllegalArgumentException(where + ": listDisplay names '" + column + "', which is neither a"
                        + " field of the model " + editable + " nor a display(Display.of(\"" + column + "\", ...)) column");
            }
        }
        for (String name : listFilter) {
            Field f = ModelFields.field(model, name).orElseThrow(() -> new IllegalArgumentException(where
                    + ": listFilter names '" + name + "', which is not a field; its fields are " + editable));
            if (!ModelFields.isBoolean(f.getType()) && !ModelFields.isDate(f.getType()) && ModelFields.related(f).filter(knownModels::contains).isEmpty()) {
                throw new IllegalArgumentException(where + ": listFilter '" + name + "' is a " + f.getType().getSimpleName()
                        + "; the admin filters booleans, dates and foreign keys");
            }
        }
        for (String name : searchFields) {
            String first = name.split("__")[0];
            if (ModelFields.field(model, first).isEmpty()) {
                throw new IllegalArgumentException(where + ": searchFields names '" + name + "', which is not a field;"
                        + " its fields are " + editable);
            }
        }
        for (String name : formFields()) {
            if (!editable.contains(name)) {
                throw new IllegalArgumentException(where + ": the form names '" + name + "', which is not an editable"
                        + " field; the editable fields are " + editable);
            }
        }
        for (TabularInline<?> inline : inlines) {
            InlineFormSet.foreignKey(inline, model);
        }
    }
    // endregion
}
