package org.mtvkit.template;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python's view of Java values, where the template language needs one: what is true, how a value prints,
 * when two values are equal. Django's rules, with Java's types in the place of Python's.
 */
final class Values {

    private Values() {
    }

    // region: truthy
    /** Python truthiness: null, false, zero, and empty text, collections, maps, arrays and iterables are false. */
    static boolean truthy(Object value) {
        if (value == null || value == Lookup.MISSING) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (value instanceof SafeString s) {
            return !s.html().isEmpty();
        }
        if (value instanceof Number n) {
            return !isZero(n);
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value) > 0;
        }
        if (value instanceof Iterable<?> iterable) {
            // A query set or a generator is false when it yields nothing, as Python's bool() of an empty one.
            return iterable.iterator().hasNext();
        }
        return true;
    }
    // endregion

    /**
     * How a value prints. Null prints as nothing (Django prints {@code None}); booleans print as
     * {@code True} and {@code False}, as they do in Django.
     */
    static String text(Object value) {
        if (value == null || value == Lookup.MISSING) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /** Python's {@code ==}: numbers compare by value whatever their type; safe and plain text compare by text. */
    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y) == 0;
        }
        if (isText(a) && isText(b)) {
            return a.toString().equals(b.toString());
        }
        return Objects.equals(a, b);
    }

    /**
     * Python's ordering for numbers, text and other comparable values of one type.
     *
     * @throws ClassCastException when the two cannot be ordered (the {@code if} tag then answers false)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (isText(a) && isText(b)) {
            return a.toString().compareTo(b.toString());
        }
        if (a instanceof Comparable c && b != null && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        throw new ClassCastException("cannot order " + typeName(a) + " and " + typeName(b));
    }

    /** Python's {@code in}: substring of text, key of a map, element of a collection or array. */
    static boolean contains(Object container, Object item) {
        if (isText(container)) {
            // Python: only text can be in text; `1 in "123"` is a TypeError, which the if tag reads as false.
            return isText(item) && container.toString().contains(item.toString());
        }
        if (container instanceof Map<?, ?> m) {
            return m.containsKey(item instanceof SafeString s ? s.html() : item);
        }
        for (Object element : asList(container)) {
            if (equal(element, item)) {
                return true;
            }
        }
        return false;
    }

    /** A collection, map (its keys), array or text (its characters) as a list; anything else is not iterable. */
    static List<?> asList(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Map<?, ?> m) {
            return new ArrayList<>(m.keySet());
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        if (isText(value)) {
            return value.toString().codePoints().mapToObj(Character::toString).toList();
        }
        if (value instanceof Iterable<?> it) {
            List<Object> list = new ArrayList<>();
            it.forEach(list::add);
            return list;
        }
        throw new IllegalArgumentException(typeName(value) + " is not something a loop can go through");
    }

    static boolean isText(Object value) {
        return value instanceof CharSequence || value instanceof SafeString;
    }

    static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    private static boolean isZero(Number n) {
        if (n instanceof BigDecimal d) {
            return d.signum() == 0;
        }
        if (n instanceof BigInteger i) {
            return i.signum() == 0;
        }
        return n.doubleValue() == 0.0;
    }

    private static int compareNumbers(Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            return Long.compare(x.longValue(), y.longValue());
        }
        return toBigDecimal(x).compareTo(toBigDecimal(y));
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.toString());
    }
}
