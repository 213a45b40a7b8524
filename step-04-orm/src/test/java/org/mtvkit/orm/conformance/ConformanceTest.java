package org.mtvkit.orm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.orm.Aggregate;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.DoesNotExist;
import org.mtvkit.orm.Expression;
import org.mtvkit.orm.F;
import org.mtvkit.orm.MultipleObjectsReturned;
import org.mtvkit.orm.OrderBy;
import org.mtvkit.orm.Q;
import org.mtvkit.orm.QueryCounter;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.orm.TestDatabases;

/**
 * The queries of {@code django-orm.json}, which Django 3.2 answered on PostgreSQL (see
 * {@code src/test/conformance/generate.py}), run with the kit's API on this run's dialect: the same
 * ordered ids, values, counts, aggregates, refusals and number of statements.
 */
class ConformanceTest {
    static final Map<String, Class<?>> MODELS = Map.of("Country", Country.class, "Author", Author.class, "Book", Book.class);
    static Database db;
    static Map<String, Object> suite;

    /** Thrown inside atomic to undo an update or a delete once its result is read. */
    static final class Undo extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Object result;

        Undo(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    @BeforeAll
    static void load() {
        suite = Library.suite();
        db = Library.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> eachQueryAnswersAsDjangoDoes() {
        return ((List<Object>) suite.get("queries")).stream().map(q -> (Map<String, Object>) q)
                .map(query -> DynamicTest.dynamicTest((String) query.get("name"), () -> {
                    Map<String, Object> expected = new LinkedHashMap<>();
                    expected.put("outcome", query.containsKey("error") ? "error " + query.get("error")
                            : normalize(query.get("result")));
                    expected.put("queries", query.get("queries"));
                    assertEquals(expected, run(query));
                }));
    }

    // Running one query through the kit.

    @SuppressWarnings("unchecked")
    static Map<String, Object> run(Map<String, Object> query) {
        QueryCounter counter = new QueryCounter();
        db.addListener(counter);
        Map<String, Object> actual = new LinkedHashMap<>();
        try {
            Object result;
            try {
                result = db.atomic(() -> {
                    QuerySet<Object> queryset = db.objects((Class<Object>) MODELS.get(query.get("model")));
                    for (Object step : (List<Object>) query.get("steps")) {
                        queryset = apply(queryset, (List<Object>) step);
                    }
                    Object answer = terminal(queryset, (List<Object>) query.get("run"));
                    if (Boolean.TRUE.equals(query.get("unordered"))) {
                        answer = ((List<Object>) answer).stream().map(id -> (Long) id).sorted().toList();
                    }
                    throw new Undo(answer);
                });
            } catch (Undo undo) {
                result = undo.result;
            }
            actual.put("outcome", normalize(result));
        } catch (DoesNotExist e) {
            actual.put("outcome", "error DoesNotExist");
        } catch (MultipleObjectsReturned e) {
            actual.put("outcome", "error MultipleObjectsReturned");
        } catch (IllegalStateException e) {
            actual.put("outcome", "error SlicedQuerySet");
        } catch (IllegalArgumentException e) {
            actual.put("outcome", "error RefusedQuery");
        } finally {
            db.removeListener(counter);
        }
        actual.put("queries", (long) counter.count());
        return actual;
    }

    @SuppressWarnings("unchecked")
    static QuerySet<Object> apply(QuerySet<Object> queryset, List<Object> step) {
        switch ((String) step.get(0)) {
            case "filter":
                return queryset.filter(q((Map<String, Object>) step.get(1)));
            case "exclude":
                return queryset.exclude(q((Map<String, Object>) step.get(1)));
            case "order_by":
                return queryset.orderBy(((List<Object>) step.get(1)).stream().map(o -> kitName((String) o))
                        .toArray(String[]::new));
            case "order_by_terms": {
                List<OrderBy> terms = new ArrayList<>();
                for (Object t : (List<Object>) step.get(1)) {
                    List<Object> term = (List<Object>) t;
                    OrderBy order = term.get(1).equals("asc") ? OrderBy.asc(kitName((String) term.get(0)))
                            : OrderBy.desc(kitName((String) term.get(0)));
                    terms.add(switch ((String) term.get(2)) {
                        case "first" -> order.nullsFirst();
                        case "last" -> order.nullsLast();
                        default -> order;
                    });
                }
                return queryset.orderBy(terms.toArray(OrderBy[]::new));
            }
            case "slice": {
                long low = (Long) step.get(1);
                QuerySet<Object> sliced = queryset.offset(low);
                return step.get(2) == null ? sliced : sliced.limit((Long) step.get(2) - low);
            }
            case "none":
                return queryset.none();
            case "distinct":
                return queryset.distinct();
            case "select_related":
                return queryset.selectRelated(((List<Object>) step.get(1)).toArray(String[]::new));
            case "prefetch_related":
                return queryset.prefetchRelated(((List<Object>) step.get(1)).toArray(String[]::new));
            case "annotate": {
                Aggregate aggregate = new Aggregate(Aggregate.Function.valueOf((String) step.get(2)),
                        kitName((String) step.get(3)));
                aggregate = (Boolean) step.get(4) ? aggregate.asDistinct() : aggregate;
                aggregate = step.size() > 5 ? aggregate.filter(q((Map<String, Object>) step.get(5))) : aggregate;
                return step.get(1) == null ? queryset.annotate(aggregate) : queryset.annotate((String) step.get(1), aggregate);
            }
            case "group_by":
                return queryset.groupBy(((List<Object>) step.get(1)).stream().map(o -> kitName((String) o))
                        .toArray(String[]::new));
            default:
                throw new AssertionError("unknown step " + step);
        }
    }

    @SuppressWarnings("unchecked")
    static Object terminal(QuerySet<Object> queryset, List<Object> run) {
        switch ((String) run.get(0)) {
            case "ids":
                return queryset.list().stream().map(ConformanceTest::id).toList();
            case "annotated": {
                List<Object> rows = new ArrayList<>();
                for (org.mtvkit.orm.Annotated<Object> row : queryset.listAnnotated()) {
                    List<Object> values = new ArrayList<>(List.of(id(row.object())));
                    ((List<Object>) run.get(1)).forEach(name -> values.add(row.get((String) name)));
                    rows.add(values);
                }
                return rows;
            }
            case "rows":
                return queryset.values();
            case "count":
                return queryset.count();
            case "exists":
                return queryset.exists();
            case "first":
                return queryset.first().map(ConformanceTest::id).orElse(null);
            case "last":
                return queryset.last().map(ConformanceTest::id).orElse(null);
            case "get":
                return id(run.size() > 1 ? queryset.get(kitName((String) run.get(1)), value((String) run.get(1), run.get(2)))
                        : queryset.get());
            case "latest":
                return id(queryset.latest((String) run.get(1)));
            case "earliest":
                return id(queryset.earliest((String) run.get(1)));
            case "in_bulk":
                return queryset.inBulk((List<Object>) run.get(1)).keySet().stream().sorted().toList();
            case "values": {
                List<Map<String, Object>> rows = queryset.values(((List<Object>) run.get(1)).stream()
                        .map(o -> kitName((String) o)).toArray(String[]::new));
                return rows.stream().map(row -> {
                    Map<String, Object> keyed = new LinkedHashMap<>();
                    row.forEach((k, v) -> keyed.put(djangoName(k), v));
                    return keyed;
                }).toList();
            }
            case "values_list":
                return queryset.valuesList(((List<Object>) run.get(1)).stream().map(o -> kitName((String) o))
                        .toArray(String[]::new));
            case "values_list_flat":
                return queryset.valuesListFlat(kitName((String) run.get(1)));
            case "aggregate": {
                List<Aggregate> aggregates = new ArrayList<>();
                for (Object a : (List<Object>) run.get(1)) {
                    List<Object> pair = (List<Object>) a;
                    aggregates.add(new Aggregate(Aggregate.Function.valueOf((String) pair.get(0)), (String) pair.get(1)));
                }
                return queryset.aggregate(aggregates.toArray(Aggregate[]::new));
            }
            case "aggregate_filtered":
                return queryset.aggregate(new Aggregate(Aggregate.Function.valueOf((String) run.get(1)),
                        (String) run.get(2)).filter(q((Map<String, Object>) run.get(3))));
            case "update": {
                Map<String, Object> values = new LinkedHashMap<>();
                ((Map<String, Object>) run.get(1)).forEach((k, v) -> values.put(k, value(k, v)));
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("changed", queryset.update(values));
                result.put("after", db.objects(Book.class).orderBy("id").valuesList("id", "pages", "rating"));
                return result;
            }
            case "delete": {
                Map<String, Object> result = new LinkedHashMap<>();
                org.mtvkit.orm.Deleted deleted = queryset.delete();
                result.put("deleted", deleted.total());
                result.put("per_model", new java.util.TreeMap<>(deleted.perModel()));
                Map<String, Object> after = new LinkedHashMap<>();
                for (String name : List.of("Country", "Author", "Book")) {
                    after.put(name, db.objects(MODELS.get(name)).orderBy("id").valuesListFlat("id"));
                }
                result.put("after", after);
                return result;
            }
            case "get_or_create":
            case "update_or_create": {
                Map<String, Object> lookup = new LinkedHashMap<>();
                ((Map<String, Object>) run.get(1)).forEach((k, v) -> lookup.put(kitName(k), value(k, v)));
                Map<String, Object> defaults = new LinkedHashMap<>();
                ((Map<String, Object>) run.get(2)).forEach((k, v) -> defaults.put(kitName(k), value(k, v)));
                org.mtvkit.orm.Created<Object> outcome = run.get(0).equals("get_or_create")
                        ? queryset.getOrCreate(lookup, defaults) : queryset.updateOrCreate(lookup, defaults);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", id(outcome.object()));
                result.put("created", outcome.created());
                result.put("after", db.objects(Book.class).orderBy("id").valuesList("id", "title", "pages", "rating"));
                return result;
            }
            case "walk_fk": {
                List<Object> rows = new ArrayList<>();
                for (Object o : queryset) {
                    List<Object> row = new ArrayList<>();
                    row.add(id(o));
                    for (Object path : run.subList(1, run.size())) {
                        Object value = o;
                        for (Object attribute : (List<Object>) path) {
                            value = value == null ? null : read(value, (String) attribute);
                            if (value instanceof org.mtvkit.orm.ForeignKey<?> reference) {
                                value = reference.get(); // Django's choice.question: loaded, or one query
                            }
                        }
                        row.add(value);
                    }
                    rows.add(row);
                }
                return rows;
            }
            case "walk_reverse": {
                List<Object> rows = new ArrayList<>();
                for (Object o : queryset) {
                    List<Object> children = ((List<Object>) read(o, (String) run.get(1))).stream()
                            .map(ConformanceTest::id).sorted().toList();
                    rows.add(List.of(id(o), children));
                }
                return rows;
            }
            default:
                throw new AssertionError("unknown terminal " + run);
        }
    }

    // Translating the suite's Django spellings.

    @SuppressWarnings("unchecked")
    static Q q(Map<String, Object> condition) {
        if (condition.containsKey("lookup")) {
            String key = (String) condition.get("lookup");
            return Q.of(kitName(key), value(key, condition.get("value")));
        } else if (condition.containsKey("and")) {
            return ((List<Object>) condition.get("and")).stream().map(p -> q((Map<String, Object>) p))
                    .reduce(Q::and).orElseThrow();
        } else if (condition.containsKey("or")) {
            return ((List<Object>) condition.get("or")).stream().map(p -> q((Map<String, Object>) p))
                    .reduce(Q::or).orElseThrow();
        }
        return q((Map<String, Object>) condition.get("not")).not();
    }

    /** A value as the kit takes it: F expressions, dates for the date field, Integers for integers. */
    @SuppressWarnings("unchecked")
    static Object value(String key, Object value) {
        if (value instanceof Map<?, ?> map && map.containsKey("F")) {
            Expression f = F.of(kitName((String) map.get("F")));
            if (!map.containsKey("op")) {
                return f;
            }
            Object operand = value(key, map.get("value"));
            return switch ((String) map.get("op")) {
                case "PLUS" -> f.plus(operand);
                case "MINUS" -> f.minus(operand);
                case "TIMES" -> f.times(operand);
                default -> f.dividedBy(operand);
            };
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> value(key, v)).toList();
        }
        if (value instanceof String text && key.startsWith("published")) {
            return LocalDate.parse(text);
        }
        if (value instanceof Long number) {
            return Math.toIntExact(number);
        }
        return value;
    }

    /** Django's {@code author_id} is the kit's {@code authorId}; every other name is the same. */
    static String kitName(String django) {
        return django.replace("author_id", "authorId").replace("country_id", "countryId");
    }

    static String djangoName(String kit) {
        return kit.replace("authorId", "author_id").replace("countryId", "country_id");
    }

    /** Results as JSON holds them: whole numbers as Long, dates as ISO text, lists and maps alike. */
    static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        } else if (value instanceof java.math.BigDecimal d) {
            return d.doubleValue();
        } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return d; // an average stays a double, as Django's float
        } else if (value instanceof LocalDate date) {
            return date.toString();
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalize(v)));
            return out;
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
            return out;
        }
        return value;
    }

    static Object id(Object model) {
        return read(model, "id");
    }

    static Object read(Object object, String field) {
        try {
            Field f = object.getClass().getDeclaredField(field);
            f.setAccessible(true);
            return f.get(object);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no field " + field + " on " + object.getClass(), e);
        }
    }
}
