package org.mtvkit.forms;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.orm.Column;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.ForeignKey;

/**
 * Django's {@code ModelForm}: a form whose fields are derived from a model, read the way the ORM
 * reads it (a field's type, its {@code @Column} length, precision and nullability, a foreign key as a
 * {@code <select>} of the related objects), and which {@link #save()}s what it cleaned.
 *
 * <pre>{@code
 * var form = new ModelForm<>(db, Article.class, List.of("title", "author"), data);   // to create
 * var edit = new ModelForm<>(db, Article.class, List.of("title"), data, article);    // to change
 * if (form.isValid()) { Article saved = form.save(); }
 * }</pre>
 *
 * A field the model marks {@code unique} is checked against the table before saving, as Django's
 * {@code validate_unique} does. Django's {@code blank} does not exist in the kit's ORM: a nullable
 * column is an optional field, any other a required one (except booleans, which are never required).
 */
public class ModelForm<T> extends Form {

    private final Database db;
    private final Class<T> model;
    private final Optional<T> instance;
    private final Map<String, java.lang.reflect.Field> modelFields = new LinkedHashMap<>();

    /** An empty form, to create an object. */
    public ModelForm(Database db, Class<T> model, List<String> fields) {
        super();
        this.db = db;
        this.model = model;
        this.instance = Optional.empty();
        declare(fields);
    }

    /** A submitted form, to create an object. */
    public ModelForm(Database db, Class<T> model, List<String> fields, FormData data) {
        super(data);
        this.db = db;
        this.model = model;
        this.instance = Optional.empty();
        declare(fields);
    }

    /** A form showing an existing object, to change it. */
    public ModelForm(Database db, Class<T> model, List<String> fields, T instance) {
        super();
        this.db = db;
        this.model = model;
        this.instance = Optional.of(instance);
        declare(fields);
    }

    /** A submitted form changing an existing object: fields not on the form keep their values. */
    public ModelForm(Database db, Class<T> model, List<String> fields, FormData data, T instance) {
        super(data);
        this.db = db;
        this.model = model;
        this.instance = Optional.of(instance);
        declare(fields);
    }

    private void declare(List<String> names) {
        Map<String, Object> initial = new LinkedHashMap<>();
        for (String name : names) {
            java.lang.reflect.Field f = modelField(name);
            modelFields.put(name, f);
            field(name, formField(f));
            instance.ifPresent(object -> Optional.ofNullable(read(f, object)).ifPresent(v -> initial.put(name, v)));
        }
        initial(initial);
    }

    /** The object being changed; empty for a form that creates one. */
    public Optional<T> instance() {
        return instance;
    }

    // region: form-field
    /** The form field for a model field: Django's {@code Field.formfield()}. */
    private Field<?> formField(java.lang.reflect.Field f) {
        Column column = f.getAnnotation(Column.class);
        boolean nullable = !f.getType().isPrimitive() && column != null && column.nullable();
        Class<?> type = f.getType();
        Field<?> field;
        if (type == String.class) {
            field = new CharField().maxLength(column != null ? column.length() : 255);
        } else if (type == int.class || type == Integer.class) {
            field = new IntegerField().minValue(Integer.MIN_VALUE).maxValue(Integer.MAX_VALUE);
        } else if (type == long.class || type == Long.class) {
            field = new IntegerField();
        } else if (type == boolean.class || type == Boolean.class) {
            return new BooleanField().required(false);
        } else if (type == BigDecimal.class) {
            field = new DecimalField().maxDigits(column != null ? column.precision() : 19)
                    .decimalPlaces(column != null ? column.scale() : 2);
        } else if (type == double.class || type == Double.class) {
            field = new DecimalField();
        } else if (type == LocalDate.class) {
            field = new DateField();
        } else if (type == LocalDateTime.class || type == Instant.class) {
            field = new DateTimeField();
        } else if (ForeignKey.modelOf(f).filter(db.models()::contains).isPresent()) {
            field = foreignKey(ForeignKey.modelOf(f).get());
        } else {
            throw new IllegalArgumentException("ModelForm cannot show " + model.getSimpleName() + "." + f.getName()
                    + " of type " + type.getSimpleName() + "; leave it out of the form's fields, or declare a form field for it");
        }
        return field.required(!nullable).label(Models.prettyName(f.getName()));
    }
    // endregion

    private <R> ModelChoiceField<R> foreignKey(Class<R> related) {
        return new ModelChoiceField<>(db.objects(related), related);
    }

    private java.lang.reflect.Field modelField(String name) {
        try {
            java.lang.reflect.Field f = model.getDeclaredField(name);
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.getType() == List.class
                    || f.equals(Models.primaryKey(model))) {
                throw new NoSuchFieldException(name);
            }
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            List<String> stored = new ArrayList<>();
            for (java.lang.reflect.Field each : model.getDeclaredFields()) {
                if (!Modifier.isStatic(each.getModifiers()) && !Modifier.isTransient(each.getModifiers())
                        && each.getType() != List.class && !each.equals(Models.primaryKey(model))) {
                    stored.add(each.getName());
                }
            }
            throw new IllegalArgumentException("ModelForm for " + model.getSimpleName() + ": '" + name + "' is not a field"
                    + " it can edit; its fields are " + stored + " (the primary key and reverse relations are not editable)");
        }
    }

    // region: unique
    /** Django's {@code validate_unique}: a unique column must not hold the value in another row already. */
    @Override
    void postClean() {
        for (Map.Entry<String, java.lang.reflect.Field> entry : modelFields.entrySet()) {
            Column column = entry.getValue().getAnnotation(Column.class);
            Object value = cleanedData().get(entry.getKey());
            if (column == null || !column.unique() || value == null || !errors().getOrDefault(entry.getKey(), List.of()).isEmpty()) {
                continue;
            }
            var others = db.objects(model).filter(entry.getKey(), value);
            if (instance.isPresent()) {
                others = others.exclude(Models.primaryKey(model).getName(), Models.pk(instance.get()));
            }
            if (others.exists()) {
                addError(entry.getKey(), Models.prettyName(model.getSimpleName()) + " with this "
                        + get(entry.getKey()).getLabel() + " already exists.");
            }
        }
    }
    // endregion

    // region: save
    /**
     * Writes the cleaned values into the object (a new one, or the instance being changed) and saves it.
     *
     * @throws IllegalStateException if the form is not valid: check {@link #isValid()} first
     */
    public T save() {
        if (!isValid()) {
            throw new IllegalStateException("The " + model.getSimpleName() + " could not be "
                    + (instance.isPresent() ? "changed" : "created") + " because the data didn't validate: "
                    + errors() + nonFieldErrors() + ". Call isValid() before save().");
        }
        T object = instance.orElseGet(() -> db.instantiate(model, Map.of()));
        modelFields.forEach((name, f) -> write(f, object, cleanedData().get(name)));
        return db.save(object);
    }
    // endregion

    private static Object read(java.lang.reflect.Field f, Object object) {
        try {
            Object value = f.get(object);
            if (value instanceof ForeignKey<?> reference) {
                return reference.id().orElse(null); // Django's value_from_object: the key, without a query
            }
            return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    /** Converts a cleaned value to the model field's type: a Long into an int, an empty text into null where allowed. */
    private static void write(java.lang.reflect.Field f, Object object, Object value) {
        Class<?> type = f.getType();
        Column column = f.getAnnotation(Column.class);
        if (value instanceof String text && text.isEmpty() && column != null && column.nullable()) {
            value = null;
        } else if (value instanceof Long number && (type == int.class || type == Integer.class)) {
            value = number.intValue();
        } else if (value instanceof BigDecimal number && (type == double.class || type == Double.class)) {
            value = number.doubleValue();
        } else if (value instanceof LocalDateTime time && type == Instant.class) {
            value = time.toInstant(ZoneOffset.UTC);
        }
        if (value == null && type.isPrimitive()) {
            return;
        }
        if (value != null && type == ForeignKey.class && !(value instanceof ForeignKey<?>)) {
            value = ForeignKey.to(value); // the chosen object of a ModelChoiceField
        }
        try {
            f.set(object, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + f, e);
        }
    }
}
