package org.mtvkit.contrib.admin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.forms.FormData;
import org.mtvkit.forms.ModelForm;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.template.SafeString;

/**
 * The rows of one inline on a parent's page, Django's inline formset: the existing children, then
 * empty rows. Fields are sent as {@code <prefix>-<row>-<field>} with {@code <prefix>-TOTAL_FORMS};
 * an existing row carries its {@code id} and may be ticked {@code DELETE}; an empty row left as it was
 * is skipped. Each row is a {@link ModelForm}, so its validation is the form's.
 */
final class InlineFormSet<C> {

    static final int MAX_FORMS = 1000;

    /** One row: its form, the object it edits (none for a new row), and whether it is to be deleted. */
    record Row<C>(ModelForm<C> form, FormData data, Optional<C> instance, boolean delete, boolean empty, List<String> errors) {
    }

    private final Database db;
    private final TabularInline<C> inline;
    private final String fk;
    private final String prefix;
    private final List<String> fields;
    private final List<Row<C>> rows = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    InlineFormSet(Database db, TabularInline<C> inline, Class<?> parent, Optional<Object> parentObject,
                  Optional<FormData> data) {
        this.db = db;
        this.inline = inline;
        this.fk = foreignKey(inline, parent);
        this.prefix = ModelFields.modelName(inline.model()) + "_set";
        this.fields = inline.fieldNames().orElseGet(() ->
                ModelFields.editable(inline.model()).stream().filter(f -> !f.equals(fk)).toList());
        List<C> existing = parentObject.map(p -> db.objects(inline.model())
                .filter(fk + "__" + ModelFields.primaryKey(parent).getName(), ModelFields.pk(p))
                .orderBy(ModelFields.primaryKey(inline.model()).getName()).list()).orElse(List.of());
        if (data.isEmpty()) {
            existing.forEach(c -> rows.add(new Row<>(new ModelForm<>(db, inline.model(), fields, c), FormData.empty(), Optional.of(c),
                    false, false, List.of())));
            for (int i = 0; i < inline.extraRows(); i++) {
                ModelForm<C> empty = new ModelForm<>(db, inline.model(), fields);
                empty.initial(ModelFields.defaults(db, inline.model(), fields));
                rows.add(new Row<>(empty, FormData.empty(), Optional.empty(), false, true, List.of()));
            }
        } else {
            bind(data.get(), existing);
        }
    }

    // region: bind
    private void bind(FormData data, List<C> existing) {
        int total;
        try {
            total = Integer.parseInt(data.get(prefix + "-TOTAL_FORMS").orElse("").strip());
        } catch (NumberFormatException e) {
            errors.add("ManagementForm data is missing or has been tampered with: " + prefix + "-TOTAL_FORMS must be"
                    + " the number of rows sent.");
            return;
        }
        if (total < 0 || total > MAX_FORMS) {
            errors.add("Please submit at most " + MAX_FORMS + " forms.");
            return;
        }
        Map<String, C> byId = new LinkedHashMap<>();
        existing.forEach(c -> byId.put(String.valueOf(ModelFields.pk(c)), c));
        for (int i = 0; i < total; i++) {
            FormData row = row(data, i);
            String id = row.get("id").orElse("").strip();
            boolean delete = row.get("DELETE").filter(v -> !v.isEmpty() && !v.equalsIgnoreCase("false")).isPresent();
            if (!id.isEmpty()) {
                C instance = byId.get(id);
                if (instance == null) {
                    rows.add(new Row<>(new ModelForm<>(db, inline.model(), fields, row), row, Optional.empty(), false, false,
                            List.of("Select a valid choice. That " + ModelFields.verboseName(inline.model())
                                    + " is not one of the available choices.")));
                    continue;
                }
                rows.add(new Row<>(new ModelForm<>(db, inline.model(), fields, row, instance), row, Optional.of(instance),
                        delete, false, List.of()));
            } else {
                rows.add(new Row<>(new ModelForm<>(db, inline.model(), fields, row), row, Optional.empty(), false,
                        unchanged(row), List.of()));
            }
        }
    }
    // endregion

    /** The values sent for one row, without the row's prefix. */
    private FormData row(FormData data, int index) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : allNames()) {
            String key = prefix + "-" + index + "-" + name;
            if (data.contains(key)) {
                values.put(name, data.getList(key));
            }
        }
        return FormData.of(values);
    }

    private List<String> allNames() {
        List<String> names = new ArrayList<>(fields);
        names.add("id");
        names.add("DELETE");
        return names;
    }

    /** Django's {@code has_changed()} for an extra row: every field still blank, or at its default. */
    private boolean unchanged(FormData row) {
        C blank = db.instantiate(inline.model(), Map.of());
        for (String name : fields) {
            String sent = row.get(name).orElse("").strip();
            Object initial = ModelFields.read(ModelFields.field(inline.model(), name).orElseThrow(), blank);
            String expected = initial == null || Boolean.FALSE.equals(initial) ? "" : String.valueOf(initial);
            if (!sent.isEmpty() && !sent.equals(expected)) {
                return false;
            }
        }
        return true;
    }

    boolean isValid() {
        return errors.isEmpty() && rows.stream().allMatch(r -> r.errors().isEmpty()
                && (r.delete() || r.empty() || r.form().isValid()));
    }

    // region: save
    /** Saves, adds and deletes the rows for this parent; the caller holds the transaction. */
    List<String> save(Object parent) {
        List<String> messages = new ArrayList<>();
        String name = ModelFields.verboseName(inline.model());
        Collector collector = new Collector(db);
        for (Row<C> row : rows) {
            if (row.delete() && row.instance().isPresent()) {
                messages.add("Deleted " + name + " \u201c" + row.instance().get() + "\u201d.");
                collector.delete(collector.collect(row.instance().get()));
            } else if (row.instance().isPresent()) {
                row.form().save();
            } else if (!row.empty()) {
                // A new row learns its parent only now, after the parent has its key.
                Map<String, List<String>> values = new LinkedHashMap<>();
                for (String field : fields) {
                    values.put(field, row.data().getList(field));
                }
                values.put(fk, List.of(String.valueOf(ModelFields.pk(parent))));
                List<String> withFk = new ArrayList<>(fields);
                withFk.add(fk);
                C saved = new ModelForm<>(db, inline.model(), withFk, FormData.of(values)).save();
                messages.add("Added " + name + " \u201c" + saved + "\u201d.");
            }
        }
        return messages;
    }
    // endregion

    /** What the template shows: a header per field, and each row's widgets renamed to the row's prefix. */
    Map<String, Object> context() {
        List<Map<String, Object>> shown = new ArrayList<>();
        int index = 0;
        for (Row<C> row : rows) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String field : fields) {
                var bound = row.form().get(field);
                cells.add(Map.of("widget", SafeString.of(rename(bound.widget().html(), field, index)),
                        "errors", row.empty() ? List.of() : bound.getErrors()));
            }
            List<String> rowErrors = new ArrayList<>(row.errors());
            if (!row.empty() && !row.delete()) {
                rowErrors.addAll(row.form().nonFieldErrors());
            }
            shown.add(Map.of("cells", cells, "errors", rowErrors, "index", index,
                    "id", row.instance().map(c -> String.valueOf(ModelFields.pk(c))).orElse(""),
                    "existing", row.instance().isPresent(),
                    "repr", row.instance().map(String::valueOf).orElse(""),
                    "delete", row.delete()));
            index++;
        }
        return Map.of("prefix", prefix, "title", Pages.capitalize(ModelFields.verboseNamePlural(inline.model())),
                "headers", fields.stream().map(ModelFields::prettyName).toList(), "rows", shown,
                "total", rows.size(), "initial", rows.stream().filter(r -> r.instance().isPresent()).count(),
                "errors", errors);
    }

    /** The forms have no prefixes, so the row's widgets are renamed: {@code choiceText} becomes {@code choice_set-0-choiceText}. */
    private String rename(String html, String field, int index) {
        String full = prefix + "-" + index + "-" + field;
        return html.replace("name=\"" + field + "\"", "name=\"" + full + "\"")
                .replace("id=\"id_" + field + "\"", "id=\"id_" + full + "\"");
    }

    // region: foreign-key
    /** The inline's foreign key to the parent: the one named, or the only one there is. */
    static String foreignKey(TabularInline<?> inline, Class<?> parent) {
        List<String> candidates = new ArrayList<>();
        for (Field f : inline.model().getDeclaredFields()) {
            if (ForeignKey.modelOf(f).filter(parent::equals).isPresent()) {
                candidates.add(f.getName());
            }
        }
        if (inline.foreignKeyName().isPresent()) {
            String named = inline.foreignKeyName().get();
            if (!candidates.contains(named)) {
                throw new IllegalArgumentException(inline.getClass().getSimpleName() + ": '" + named + "' is not a foreign"
                        + " key from " + inline.model().getSimpleName() + " to " + parent.getSimpleName()
                        + "; the foreign keys are " + candidates);
            }
            return named;
        }
        if (candidates.size() != 1) {
            throw new IllegalArgumentException(inline.getClass().getSimpleName() + ": " + inline.model().getSimpleName()
                    + " has " + (candidates.isEmpty() ? "no foreign key" : "several foreign keys " + candidates) + " to "
                    + parent.getSimpleName() + "; " + (candidates.isEmpty() ? "an inline needs one"
                    : "name the one to use with foreignKey(\"...\")"));
        }
        return candidates.get(0);
    }
    // endregion
}
