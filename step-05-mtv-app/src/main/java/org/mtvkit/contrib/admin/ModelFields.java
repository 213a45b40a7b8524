package org.mtvkit.contrib.admin;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.ForeignKey;
import org.mtvkit.orm.Id;

/** What the admin reads from a model class by reflection, following the ORM's conventions. */
final class ModelFields {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    private ModelFields() {
    }

    /** Stored fields a form can edit, in declaration order: not the key, not a reverse relation. */
    static List<String> editable(Class<?> model) {
        Field pk = primaryKey(model);
        List<String> names = new ArrayList<>();
        for (Field f : model.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                    && f.getType() != List.class && !f.equals(pk) && !f.isSynthetic()) {
                names.add(f.getName());
            }
        }
        return names;
    }

    /**
     * The values a new object starts with ({@code int votes} is 0), for the fields of an empty form:
     * Django shows a model field's {@code default} the same way, so an untouched row still validates.
     */
    static Map<String, Object> defaults(Database db, Class<?> model, List<String> fields) {
        Object blank = db.instantiate(model, Map.of());
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : fields) {
            field(model, name).map(f -> read(f, blank)).filter(v -> !Boolean.FALSE.equals(v))
                    .ifPresent(v -> values.put(name, v));
        }
        return values;
    }

    static Optional<Field> field(Class<?> model, String name) {
        try {
            Field f = model.getDeclaredField(name);
            f.setAccessible(true);
            return Optional.of(f);
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    /** The model a {@code ForeignKey<Question>} field points at; empty for other fields. */
    static Optional<Class<?>> related(Field f) {
        return ForeignKey.modelOf(f);
    }

    static Field primaryKey(Class<?> model) {
        Field id = null;
        for (Field f : model.getDeclaredFields()) {
            if (f.isAnnotationPresent(Id.class)) {
                id = f;
            }
        }
        try {
            Field key = id != null ? id : model.getDeclaredField("id");
            key.setAccessible(true);
            return key;
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(model.getName() + " has no primary key: the ORM needs a field 'Long id'"
                    + " or one marked @Id", e);
        }
    }

    static Object read(Field f, Object object) {
        try {
            f.setAccessible(true);
            Object value = f.get(object);
            return value instanceof ForeignKey<?> reference ? reference.get() : value; // the object, as Django shows it
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    static void write(Field f, Object object, Object value) {
        try {
            f.setAccessible(true);
            f.set(object, f.getType() == ForeignKey.class && value != null && !(value instanceof ForeignKey<?>)
                    ? ForeignKey.to(value) : value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + f, e);
        }
    }

    static Object pk(Object object) {
        return read(primaryKey(object.getClass()), object);
    }

    /** Django's {@code pretty_name}: {@code pubDate} becomes {@code Pub date}. */
    static String prettyName(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Django's {@code verbose_name}: {@code LogEntry} is {@code log entry}. */
    static String verboseName(Class<?> model) {
        return prettyName(model.getSimpleName()).toLowerCase(Locale.ROOT);
    }

    /** Django's default {@code verbose_name_plural}: the name with an s. */
    static String verboseNamePlural(Class<?> model) {
        String name = verboseName(model);
        return name.endsWith("s") ? name : name + "s";
    }

    /**
     * The app a model belongs to, read from its package as Django reads it from the app module:
     * {@code mysite.polls.models.Question} is in {@code polls}, {@code org.mtvkit.contrib.auth.User} in {@code auth}.
     */
    static String appLabel(Class<?> model) {
        String[] parts = model.getPackageName().split("\\.");
        int last = parts.length - 1;
        if (parts[last].equals("models") && last > 0) {
            last--;
        }
        return parts[last];
    }

    static String modelName(Class<?> model) {
        return model.getSimpleName().toLowerCase(Locale.ROOT);
    }

    static boolean isBoolean(Class<?> type) {
        return type == boolean.class || type == Boolean.class;
    }

    static boolean isDate(Class<?> type) {
        return type == Instant.class || type == LocalDate.class || type == LocalDateTime.class;
    }

    /** A value as a change list shows it: dates readable, nothing as a dash. */
    static String display(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return String.valueOf(value);
    }
}
