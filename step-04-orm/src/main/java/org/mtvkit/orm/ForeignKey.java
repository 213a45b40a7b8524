package org.mtvkit.orm;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key's value: the key of the row it points at, and that row's object once it is loaded
 * (Django's {@code choice.question} and {@code choice.question_id}). A model declares
 * {@code private ForeignKey<Question> question;} and its getter returns {@code question.get()}.
 *
 * <p>A plain Java field cannot notice that it is read, so a field of the model's own type could only
 * hold an object with nothing but its key, and every other field would read as null. This reference
 * can: {@link #get} loads the object on first use with one query (counted by the statement listeners
 * like any other), and keeps it. After {@code selectRelated} or {@code prefetchRelated} it is loaded
 * already and {@code get()} runs no query. {@link #id} never queries. A NULL column is a null field,
 * not a reference.
 */
// region: foreign-key
public final class ForeignKey<T> {
    /** How the ORM loads the object of a reference it built from a row. */
    interface Loader<T> {
        T load(long id);
    }

    private final Long id;          // the stored key; null when built around an object by to()
    private final Loader<T> loader; // null when built by to(): the object is there already
    private T object;               // null until loaded

    private ForeignKey(Long id, Loader<T> loader, T object) {
        this.id = id;
        this.loader = loader;
        this.object = object;
    }

    /** A reference to {@code object}, for building a model in code: {@code choice.setQuestion(question)}. */
    public static <T> ForeignKey<T> to(T object) {
        return new ForeignKey<>(null, null, Objects.requireNonNull(object,
                "ForeignKey.to(null): a foreign key that points nowhere is a null field, not a reference"));
    }

    /** A reference the ORM read from a row: only the key, loaded through {@code loader} when asked. */
    static <T> ForeignKey<T> stored(long id, Loader<T> loader) {
        return new ForeignKey<>(id, loader, null);
    }

    /** A reference whose object is already here (selectRelated, prefetchRelated, the identity map). */
    static <T> ForeignKey<T> loaded(long id, T object) {
        return new ForeignKey<>(id, null, object);
    }

    /** The object pointed at, loaded with one query the first time if the row did not bring it. */
    public T get() {
        if (object == null) {
            object = loader.load(id);
        }
        return object;
    }

    /** The key of the row pointed at, without a query; empty while the object is not saved yet. */
    public Optional<Long> id() {
        if (object == null) {
            return Optional.of(id);
        }
        Object key = PrimaryKeys.read(object);
        return key == null || ((Number) key).longValue() == 0 ? Optional.empty() : Optional.of(((Number) key).longValue());
    }

    /** Whether {@link #get} would return without a query. */
    public boolean isLoaded() {
        return object != null;
    }

    /**
     * The model a {@code ForeignKey<Question>} field points at, for code that reads models by reflection
     * (forms, the admin); empty for any other field.
     */
    public static Optional<Class<?>> modelOf(Field field) {
        return field.getType() == ForeignKey.class && field.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c ? Optional.of(c) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ForeignKey(" + id().map(String::valueOf).orElse("unsaved") + (isLoaded() ? ", loaded)" : ")");
    }
    // endregion

    /** Reads an object's primary key by the same rule as the mapper ({@code @Id}, else {@code id}). */
    static final class PrimaryKeys {
        private static final ClassValue<Field> KEYS = new ClassValue<>() {
            @Override
            protected Field computeValue(Class<?> type) {
                Field named = null;
                for (Field f : type.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Id.class)) {
                        f.setAccessible(true);
                        return f;
                    }
                    if (f.getName().equals("id")) {
                        named = f;
                    }
                }
                if (named == null) {
                    throw new MappingException("Cannot map model " + type.getName()
                            + ": it has no primary key. Add a field 'Long id' or mark one integer field @Id.");
                }
                named.setAccessible(true);
                return named;
            }
        };

        private PrimaryKeys() {
        }

        static Object read(Object object) {
            try {
                return KEYS.get(object.getClass()).get(object);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read the key of " + object.getClass().getName(), e);
            }
        }
    }
}
