package org.mtvkit.forms;

import java.lang.reflect.Field;
import java.util.Locale;
import org.mtvkit.orm.Id;

/** What a form reads from a model class by reflection, by the ORM's own conventions. */
final class Models {

    private Models() {
    }

    /** The primary key field: marked {@code @Id}, else {@code id}. */
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

    static Object pk(Object object) {
        try {
            return primaryKey(object.getClass()).get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the primary key of " + object.getClass().getName(), e);
        }
    }

    /** Django's {@code pretty_name}: {@code pubDate} or {@code pub_date} becomes {@code Pub date}. */
    static String prettyName(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
