package org.mtvkit.template;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dot in {@code {{ question.text }}}: Django's lookup order, adapted to Java. For each part, try
 * <ol>
 *   <li>a map key;</li>
 *   <li>an attribute: record component, getter ({@code getText}, {@code isText}), public field, or public
 *   no-argument method ({@code text()});</li>
 *   <li>a list, array or text index ({@code items.0}).</li>
 * </ol>
 * Reflection is slow only the first time: the accessor found for a class and a name is cached.
 */
final class Lookup {

    /** What a lookup answers when nothing matched: not null, which is a value a lookup can find. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** Reads one attribute from an object of a known class. */
    private interface Accessor {
        Object get(Object target) throws ReflectiveOperationException;
    }

    private static final Accessor NONE = target -> MISSING;

    private static final ClassValue<Map<String, Accessor>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Accessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Lookup() {
    }

    // region: lookup-order
    /** One step of a dotted name: {@code part} looked up on {@code target}, or {@link #MISSING}. */
    static Object resolve(Object target, String part) {
        // task: 03-3 the variable lookup
        if (part.isEmpty()) {
            return MISSING; // "v." or "v..w": Django finds nothing there, and so does the kit
        }
        if (target instanceof Map<?, ?> map) {
            Object value = map.get(part);
            if (value != null || map.containsKey(part)) {
                return value;
            }
            Object dictMethod = dictMethod(map, part);
            if (dictMethod != MISSING) {
                return dictMethod;
            }
        }
        if (target instanceof ForLoop loop) {
            return loop.get(part);
        }
        Object attribute = attribute(target, part);
        if (attribute != MISSING) {
            return attribute;
        }
        return index(target, part);
        // endtask
    }
    // endregion

    /** Python's dict methods, so {@code {% for key, value in map.items %}} reads as it does in Django. */
    private static Object dictMethod(Map<?, ?> map, String part) {
        return switch (part) {
            case "items" -> new ArrayList<>(map.entrySet());
            case "keys" -> new ArrayList<>(map.keySet());
            case "values" -> new ArrayList<>(map.values());
            default -> MISSING;
        };
    }

    private static Object attribute(Object target, String part) {
        Accessor accessor = ACCESSORS.get(target.getClass()).computeIfAbsent(part, p -> find(target.getClass(), p));
        try {
            return accessor.get(target);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("calling '" + part + "' on " + Values.typeName(target)
                    + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read '" + part + "' on " + Values.typeName(target) + ": " + e, e);
        }
    }

    // region: find-accessor
    private static Accessor find(Class<?> type, String part) {
        // task: 03-3 the variable lookup
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(part)) {
                    Method accessor = component.getAccessor();
                    if (Modifier.isPublic(type.getModifiers()) || accessor.trySetAccessible()) {
                        return method(accessor);
                    }
                }
            }
        }
        String capitalized = Character.toUpperCase(part.charAt(0)) + part.substring(1);
        for (String name : List.of("get" + capitalized, "is" + capitalized)) {
            Optional<Method> getter = publicMethod(type, name);
            if (getter.isPresent()) {
                return method(getter.get());
            }
        }
        try {
            Field field = type.getField(part);
            if (!Modifier.isStatic(field.getModifiers()) && accessible(field)) {
                return field::get;
            }
        } catch (NoSuchFieldException e) {
            // not a field: try a method of that name
        }
        return publicMethod(type, part).map(Lookup::method).orElse(NONE);
        // endtask
    }
    // endregion

    private static final Object[] NO_ARGUMENTS = {};

    private static Accessor method(Method method) {
        return target -> method.invoke(target, NO_ARGUMENTS); // not method::invoke, which makes an empty array per call
    }

    /**
     * A public, non-static, no-argument, non-void method we may call. On a class that is not public (a
     * JDK list's implementation, a record nested privately in a test), the same method is looked for on
     * a public supertype, which is what Java itself would call through.
     */
    private static Optional<Method> publicMethod(Class<?> type, String name) {
        Method method;
        try {
            method = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() == void.class) {
            return Optional.empty();
        }
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return Optional.of(method);
        }
        for (Class<?> supertype : supertypes(type)) {
            if (Modifier.isPublic(supertype.getModifiers())) {
                try {
                    return Optional.of(supertype.getMethod(name));
                } catch (NoSuchMethodException e) {
                    // keep looking
                }
            }
        }
        return method.trySetAccessible() ? Optional.of(method) : Optional.empty();
    }

    private static boolean accessible(Field field) {
        return Modifier.isPublic(field.getDeclaringClass().getModifiers()) || field.trySetAccessible();
    }

    private static List<Class<?>> supertypes(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            all.add(c);
            addInterfaces(c, all);
        }
        return all;
    }

    private static void addInterfaces(Class<?> type, List<Class<?>> all) {
        for (Class<?> i : type.getInterfaces()) {
            all.add(i);
            addInterfaces(i, all);
        }
    }

    private static Object index(Object target, String part) {
        if (part.isEmpty() || !Character.isDigit(part.charAt(0))) {
            return MISSING;
        }
        int i;
        try {
            i = Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return MISSING;
        }
        if (target instanceof List<?> list) {
            return i < list.size() ? list.get(i) : MISSING;
        }
        if (target instanceof Map.Entry<?, ?> entry && i < 2) {
            return i == 0 ? entry.getKey() : entry.getValue();
        }
        if (target.getClass().isArray()) {
            return i < Array.getLength(target) ? Array.get(target, i) : MISSING;
        }
        if (target instanceof CharSequence s) {
            return i < s.length() ? String.valueOf(s.charAt(i)) : MISSING;
        }
        return MISSING;
    }
}
