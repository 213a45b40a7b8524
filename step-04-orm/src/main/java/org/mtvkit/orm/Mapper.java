package org.mtvkit.orm;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a model class by reflection and turns it into a {@link ModelMeta}: conventions first,
 * annotations where the model differs. Every problem is reported here, at registration, naming the
 * class and the field.
 */
final class Mapper {
    private Mapper() {
    }

    // region: read-model
    static <T> ModelMeta<T> read(Class<T> type, Predicate<Class<?>> isModel) {
        Constructor<T> constructor = noArgumentConstructor(type);
        List<FieldMeta> columns = new ArrayList<>();
        FieldMeta primaryKey = null;
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                    || field.getType() == List.class) {
                continue; // List fields are reverse relations, resolved once every model is known
            }
            if (Modifier.isFinal(modifiers)) {
                throw fail(type, field, "is final; the ORM sets fields after creating the object, so remove 'final'"
                        + " (or mark the field 'transient' if it is not stored)");
            }
            field.setAccessible(true);
            FieldMeta meta = column(type, field, isModel);
            if (meta.primaryKey()) {
                if (primaryKey != null) {
                    throw fail(type, field, "is a second primary key (the first is '" + primaryKey.name()
                            + "'); a model has exactly one: keep @Id on one field");
                }
                primaryKey = meta;
                columns.add(0, meta);
            } else {
                columns.add(meta);
            }
        }
        if (primaryKey == null) {
            throw new MappingException("Cannot map model " + type.getName()
                    + ": it has no primary key. Add a field 'Long id' or mark one integer field @Id.");
        }
        return new ModelMeta<>(type, tableName(type), constructor, primaryKey, columns);
    }
    // endregion

    private static <T> Constructor<T> noArgumentConstructor(Class<T> type) {
        if (type.isInterface() || type.isRecord() || Modifier.isAbstract(type.getModifiers())
                || (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()))) {
            throw new MappingException("Cannot map model " + type.getName() + ": a model must be a concrete,"
                    + " top-level or static nested class with mutable fields (records, interfaces, abstract and"
                    + " inner classes cannot be created and filled field by field).");
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new MappingException("Cannot map model " + type.getName() + ": it has no usable constructor."
                    + " Add a constructor without parameters (it may be private): the ORM creates the object"
                    + " first, then sets its fields from the row.");
        }
    }

    private static FieldMeta column(Class<?> type, Field field, Predicate<Class<?>> isModel) {
        Column column = field.getAnnotation(Column.class);
        Class<?> fieldType = field.getType();
        boolean primaryKey = field.isAnnotationPresent(Id.class)
                || (field.getName().equals("id") && !hasExplicitId(type));
        Class<?> related = null;
        if (fieldType == ForeignKey.class) {
            related = relatedModel(type, field);
        } else if (!Values.isSupported(fieldType)) {
            if (isModel.test(fieldType) || looksLikeModel(fieldType)) {
                throw fail(type, field, "has the model type " + fieldType.getSimpleName() + "; a plain field cannot"
                        + " load the row it points at when it is read, so its other fields would be null. Declare"
                        + " it 'ForeignKey<" + fieldType.getSimpleName() + "> " + field.getName() + "', have its getter"
                        + " return " + field.getName() + ".get(), and set it with ForeignKey.to(...); selectRelated(\""
                        + field.getName() + "\") still loads it in the same query");
            }
            throw fail(type, field, "has type " + fieldType.getName() + ", which the ORM cannot store."
                    + " Use one of " + Values.supportedNames()
                    + ", or ForeignKey<Model> for a foreign key");
        }
        if (primaryKey && !Values.isIntegral(fieldType)) {
            throw fail(type, field, "is the primary key but has type " + fieldType.getSimpleName()
                    + "; the database generates integer keys, so use long or Long");
        }
        String defaultName = Names.snakeCase(field.getName()) + (related != null ? "_id" : "");
        String name = column != null && !column.name().isEmpty() ? column.name() : defaultName;
        if (!Names.isIdentifier(name)) {
            throw fail(type, field, "has the column name '" + name + "'; a column name is made of ASCII letters,"
                    + " digits and '_' and does not start with a digit: rename it with @Column(name = ...)");
        }
        boolean nullable = !fieldType.isPrimitive() && column != null && column.nullable();
        Related rule = field.getAnnotation(Related.class);
        if (rule != null && related == null) {
            throw fail(type, field, "has @Related but is not a foreign key (its type is " + fieldType.getSimpleName()
                    + "); remove the annotation, or make the field a ForeignKey<Model>");
        }
        OnDelete onDelete = related == null ? null : rule == null ? OnDelete.DO_NOTHING : rule.onDelete();
        if (onDelete == OnDelete.SET_NULL && !nullable) {
            throw fail(type, field, "is @Related(onDelete = SET_NULL) but cannot hold NULL; add"
                    + " @Column(nullable = true), or choose another onDelete");
        }
        return new FieldMeta(field, field.getName(), name, fieldType, primaryKey, nullable,
                column != null && column.unique(), column != null ? column.length() : 255,
                column != null ? column.precision() : 19, column != null ? column.scale() : 2,
                column != null ? column.defaultValue() : "", related, onDelete);
    }

    /** The model of a {@code ForeignKey<Question>} field, which must name a concrete class. */
    private static Class<?> relatedModel(Class<?> type, Field field) {
        Type generic = field.getGenericType();
        Class<?> target = generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                ? c : null;
        if (target == null || !looksLikeModel(target)) {
            throw fail(type, field, "is a ForeignKey without a model class; name the model it points at, as in"
                    + " 'ForeignKey<Question> " + field.getName() + "'");
        }
        return target;
    }

    /** Only a class of the application (not the JDK) can be a model a foreign key points at. */
    private static boolean looksLikeModel(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isEnum() && !type.getName().startsWith("java.")
                && !type.isInterface();
    }

    private static boolean hasExplicitId(Class<?> type) {
        for (Field f : type.getDeclaredFields()) {
            if (f.isAnnotationPresent(Id.class)) {
                return true;
            }
        }
        return false;
    }

    private static String tableName(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        String name = table != null ? table.value() : Names.snakeCase(type.getSimpleName());
        if (!Names.isIdentifier(name)) {
            throw new MappingException("Cannot map model " + type.getName() + ": its table name '" + name + "' is not"
                    + " a plain name; use ASCII letters, digits and '_', not starting with a digit (@Table(\"...\")).");
        }
        return name;
    }

    /** Finds the reverse relations ({@code List<Choice> choices}) once all models are known. */
    static void readReverses(ModelMeta<?> meta, Map<Class<?>, ModelMeta<?>> models) {
        for (Field field : meta.type().getDeclaredFields()) {
            if (field.getType() != List.class || Modifier.isStatic(field.getModifiers())
                    || Modifier.isTransient(field.getModifiers())) {
                continue;
            }
            Type generic = field.getGenericType();
            Class<?> child = generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c
                    ? c : null;
            ModelMeta<?> childMeta = child == null ? null : models.get(child);
            if (childMeta == null) {
                throw fail(meta.type(), field, "is a List but not of a registered model; a List field is the reverse"
                        + " side of a foreign key (List<Choice> choices). Register the element model, or mark the"
                        + " field 'transient' if it is not stored");
            }
            List<FieldMeta> keys = childMeta.columns().stream().filter(f -> f.related() == meta.type()).toList();
            if (keys.size() != 1) {
                throw fail(meta.type(), field, "lists " + child.getSimpleName() + " objects, but "
                        + child.getSimpleName() + " has " + keys.size() + " foreign keys to " + meta.name()
                        + "; a reverse relation needs exactly one");
            }
            field.setAccessible(true);
            meta.addReverse(new ReverseMeta(field, field.getName(), child, keys.get(0)));
        }
    }

    static MappingException fail(Class<?> type, Field field, String problem) {
        return new MappingException("Cannot map model " + type.getName() + ": field '" + field.getName() + "' "
                + problem + ".");
    }
}
