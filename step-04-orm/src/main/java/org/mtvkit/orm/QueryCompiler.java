package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the names a learner writes ({@code "question__pubDate__lte"}, {@code "-votes"}, {@code F.of("votes")})
 * into the expression tree: it walks the model metadata along each {@code __}, adds a join for every
 * foreign key it crosses, and ends at a column and a lookup. A QuerySet keeps one compiler with the
 * joins its conditions needed so far and copies it before adding to it (see {@link #copy()}).
 */
final class QueryCompiler {
    static final String ROOT = "t0";
    // String.split("__") would compile this pattern again for every name of every query (only one-character
    // separators take split's fast path), so it is compiled once.
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("__");

    private final Registry registry;
    private final Lookups lookups;
    private final ModelMeta<?> root;
    private final Map<String, String> aliases;
    private final Map<String, Boolean> outer; // alias -> reached through a LEFT JOIN
    private final List<Select.Join> joins;
    private final java.util.Set<String> multiValued; // paths that cross a reverse relation

    QueryCompiler(Registry registry, Lookups lookups, ModelMeta<?> root) {
        this(registry, lookups, root, new LinkedHashMap<>(Map.of("", ROOT)), new LinkedHashMap<>(Map.of(ROOT, false)),
                new ArrayList<>(), new java.util.HashSet<>());
    }

    private QueryCompiler(Registry registry, Lookups lookups, ModelMeta<?> root, Map<String, String> aliases,
                          Map<String, Boolean> outer, List<Select.Join> joins, java.util.Set<String> multiValued) {
        this.registry = registry;
        this.lookups = lookups;
        this.root = root;
        this.aliases = aliases;
        this.outer = outer;
        this.joins = joins;
        this.multiValued = multiValued;
    }

    /** An independent copy: what this compiler has joined so far, free to grow without touching this one. */
    QueryCompiler copy() {
        return new QueryCompiler(registry, lookups, root, new LinkedHashMap<>(aliases), new LinkedHashMap<>(outer),
                new ArrayList<>(joins), new java.util.HashSet<>(multiValued));
    }

    /**
     * Makes the next condition join reverse relations afresh, as each of Django's {@code filter()} calls
     * does: {@code filter(choices__votes__gt=1).filter(choices__text="x")} may be met by two different
     * choices, while one {@code filter(Q(...) & Q(...))} must be met by one.
     */
    void forgetMultiValued() {
        aliases.keySet().removeIf(p -> multiValued.stream().anyMatch(m -> p.equals(m) || p.startsWith(m + "__")));
    }

    List<Select.Join> joins() {
        return List.copyOf(joins);
    }

    /**
     * A resolved name: the column, the lookup that applies to it, and whether the column can be NULL
     * in a row (a nullable column, or any column reached through a LEFT JOIN).
     */
    record Target(ModelMeta<?> model, FieldMeta field, Expr column, String lookup, boolean nullable,
                  boolean transformed, boolean multiValued) {
        Target(ModelMeta<?> model, FieldMeta field, Expr column, String lookup, boolean nullable) {
            this(model, field, column, lookup, nullable, false, false);
        }
    }

    // region: resolve
    Target resolve(String key) {
        String[] parts = PARTS.split(key, -1);
        ModelMeta<?> model = root;
        String path = "";
        boolean crossedReverse = false;
        for (int i = 0; i < parts.length; i++) {
            String alias = aliases.get(path);
            boolean last = i == parts.length - 1;
            Optional<ReverseMeta> reverse = model.field(parts[i]).isPresent() ? Optional.empty() : model.reverse(parts[i]);
            if (reverse.isPresent()) { // choices__votes: the children, one joined row each (rows repeat, as in Django)
                ModelMeta<?> child = registry.meta(reverse.get().childType());
                path = joinReverse(path, alias, model, reverse.get(), child);
                model = child;
                crossedReverse = true;
                String childAlias = aliases.get(path);
                if (last || (i + 2 == parts.length && lookups.has(parts[i + 1]))) {
                    return new Target(child, child.primaryKey(), new Expr.Column(childAlias, child.primaryKey().column()),
                            last ? "exact" : parts[i + 1], true, false, true);
                }
                continue;
            }
            Optional<FieldMeta> byAttname = foreignKeyByAttname(model, parts[i]);
            if (byAttname.isPresent() && (last || (i + 2 == parts.length && lookups.has(parts[i + 1])))) {
                return keyOf(byAttname.get(), alias, last ? "exact" : parts[i + 1]); // questionId, Django's question_id
            }
            FieldMeta field = field(model, parts[i], key);
            if (last) {
                return new Target(model, field, new Expr.Column(alias, field.column()), "exact", nullable(field, alias),
                        false, crossedReverse);
            }
            String next = parts[i + 1];
            Optional<DatePart> part = Lookups.datePart(next);
            if (part.isPresent() && !field.isForeignKey()) {
                Target target = datePart(model, field, alias, part.get(), parts, i, key);
                return new Target(target.model(), target.field(), target.column(), target.lookup(), target.nullable(),
                        true, crossedReverse);
            }
            if (field.isForeignKey()) {
                ModelMeta<?> related = registry.meta(field.related());
                boolean nextIsKey = next.equals(related.primaryKey().name()) || next.equals("pk");
                boolean keyIsLast = i + 2 == parts.length || (i + 3 == parts.length && lookups.has(parts[i + 2]));
                if (nextIsKey && keyIsLast) { // question__id needs no join: the key is in our own column
                    return keyOf(field, alias, i + 2 == parts.length ? "exact" : parts[i + 2]);
                }
                if (related.field(next).isPresent() || next.equals("pk") || !lookups.has(next)) {
                    path = join(path, alias, field, related);
                    model = related;
                    continue;
                }
            }
            if (i + 2 == parts.length && lookups.has(next)) {
                return new Target(model, field, new Expr.Column(alias, field.column()), next, nullable(field, alias),
                        false, crossedReverse);
            }
            throw new IllegalArgumentException("Unknown lookup '" + next + "' in '" + key + "': " + field.describe()
                    + (field.isForeignKey() ? " is a foreign key, so '" + next + "' must be a field of "
                    + field.related().getSimpleName() + " or one of the lookups " : " is not a foreign key, so '"
                    + next + "' must be one of the lookups ") + String.join(", ", lookups.names()) + ".");
        }
        throw new IllegalArgumentException("Empty lookup '" + key + "'");
    }
    // endregion

    /** {@code pubDate__year[__gte]}: the column wrapped in the part, then an optional lookup. */
    private Target datePart(ModelMeta<?> model, FieldMeta field, String alias, DatePart part, String[] parts, int i,
                            String key) {
        if (!part.appliesTo(field.type())) {
            throw new IllegalArgumentException("'" + key + "': " + field.describe() + " is a " + field.type().getSimpleName()
                    + ", which has no '" + part.lookupName() + "'. Date parts apply to LocalDate (year, month, day,"
                    + " week_day) and to LocalDateTime and Instant (those, hour, minute and date).");
        }
        String lookup = i + 2 == parts.length ? "exact" : parts[i + 2];
        if (i + 3 < parts.length || !lookups.has(lookup)) {
            throw new IllegalArgumentException("Unknown lookup '" + String.join("__", List.of(parts).subList(i + 2,
                    parts.length)) + "' after '" + part.lookupName() + "' in '" + key + "'; the lookups are: "
                    + String.join(", ", lookups.names()) + ".");
        }
        Expr extracted = new Expr.Extract(part, new Expr.Column(alias, field.column()), field.type() == java.time.Instant.class);
        return new Target(model, field, extracted, lookup, nullable(field, alias), true, false);
    }

    private Target keyOf(FieldMeta foreignKey, String alias, String lookup) {
        ModelMeta<?> related = registry.meta(foreignKey.related());
        return new Target(related, related.primaryKey(), new Expr.Column(alias, foreignKey.column()), lookup,
                nullable(foreignKey, alias));
    }

    private boolean nullable(FieldMeta field, String alias) {
        return field.nullable() || outer.getOrDefault(alias, false);
    }

    /** {@code questionId}: the foreign key {@code question} read as its key, Django's {@code question_id}. */
    private static Optional<FieldMeta> foreignKeyByAttname(ModelMeta<?> model, String name) {
        if (!name.endsWith("Id") || name.length() == 2 || model.field(name).isPresent()) {
            return Optional.empty();
        }
        return model.field(name.substring(0, name.length() - 2)).filter(FieldMeta::isForeignKey);
    }

    private FieldMeta field(ModelMeta<?> model, String name, String key) {
        if (name.equals("pk")) {
            return model.primaryKey(); // Django's alias of the primary key, whatever it is called
        }
        return model.field(name).orElseThrow(() -> {
            return new IllegalArgumentException(model.name() + " has no field '" + name + "' (in '" + key
                    + "'). Its fields are: pk, " + model.fieldNames() + ".");
        });
    }

    // region: join
    /**
     * Joins the model a foreign key points at, once per path, and returns the new path. A nullable
     * foreign key is a LEFT JOIN, and so is every join after a LEFT JOIN on the same path: an INNER
     * JOIN there would drop the rows the LEFT JOIN kept (join promotion, as Django's).
     */
    String join(String path, String alias, FieldMeta foreignKey, ModelMeta<?> related) {
        String joined = path.isEmpty() ? foreignKey.name() : path + "__" + foreignKey.name();
        if (!aliases.containsKey(joined)) {
            String newAlias = "t" + (joins.size() + 1);
            boolean leftJoin = foreignKey.nullable() || outer.get(alias);
            aliases.put(joined, newAlias);
            outer.put(newAlias, leftJoin);
            Expr on = new Expr.Compare(new Expr.Column(newAlias, related.primaryKey().column()), Expr.Comparison.EQUALS,
                    new Expr.Column(alias, foreignKey.column()));
            joins.add(new Select.Join(related.table(), newAlias, on, leftJoin));
        }
        return joined;
    }
    // endregion

    /** Joins the children of a reverse relation: always a LEFT JOIN, so that an OR with it keeps childless rows. */
    private String joinReverse(String path, String alias, ModelMeta<?> parent, ReverseMeta reverse, ModelMeta<?> child) {
        String joined = path.isEmpty() ? reverse.name() : path + "__" + reverse.name();
        if (!aliases.containsKey(joined)) {
            String newAlias = "t" + (joins.size() + 1);
            aliases.put(joined, newAlias);
            outer.put(newAlias, true);
            multiValued.add(joined);
            Expr on = new Expr.Compare(new Expr.Column(newAlias, reverse.foreignKey().column()), Expr.Comparison.EQUALS,
                    new Expr.Column(alias, parent.primaryKey().column()));
            joins.add(new Select.Join(child.table(), newAlias, on, true));
        }
        return joined;
    }

    String alias(String path) {
        return aliases.get(path);
    }

    // region: condition
    Expr condition(Q q) {
        return condition(q, false);
    }

    /**
     * {@code negated} tracks whether an odd number of {@code not()} encloses {@code q}. Under negation
     * SQL's three-valued logic bites: {@code NOT (votes > 1)} is unknown, not true, where votes is NULL,
     * so the row would vanish. Django writes {@code NOT (votes > 1 AND votes IS NOT NULL)}, which keeps
     * it; so do we, for a column that can be NULL and for an {@link F} operand on a nullable field.
     */
    private Expr condition(Q q, boolean negated) {
        if (q instanceof Q.Lookup lookup) {
            if (negated) {
                Optional<Expr> across = excludeAcrossReverse(lookup);
                if (across.isPresent()) {
                    return across.get();
                }
            }
            Target target = resolve(lookup.key());
            if (negated && target.multiValued()) {
                throw new IllegalArgumentException("exclude/not() of '" + lookup.key() + "' crosses a reverse relation"
                        + " after the first step, which the kit cannot negate yet (Django writes a subquery; the kit does"
                        + " so for a reverse relation of " + root.name() + " itself). Exclude from the related model"
                        + " instead, or use pk__in with the keys you mean.");
            }
            Expr built = lookups.build(target.lookup(), target.column(), lookup.value(), this::value, lookup.key());
            if (!negated || target.lookup().equals("isnull") || lookup.value() == null) {
                return built;
            }
            List<Expr> parts = new ArrayList<>(List.of(built));
            if (target.nullable()) {
                parts.add(new Expr.IsNull(target.column(), false));
            }
            if (lookup.value() instanceof F f) {
                Target operand = resolve(f.field());
                if (operand.field().nullable()) {
                    parts.add(new Expr.IsNull(operand.column(), false));
                }
            }
            return parts.size() == 1 ? built : new Expr.And(parts);
        } else if (q instanceof Q.And and) {
            return new Expr.And(and.parts().stream().map(p -> condition(p, negated)).toList());
        } else if (q instanceof Q.Or or) {
            return new Expr.Or(or.parts().stream().map(p -> condition(p, negated)).toList());
        } else if (q instanceof Q.Not not) {
            return new Expr.Not(condition(not.inner(), !negated));
        }
        throw new IllegalStateException("QueryCompiler.condition has no case for " + q.getClass().getName());
    }

    // region: exclude-across
    /**
     * {@code exclude(choices__votes__gt=1)} means "no choice has more than one vote", which no join can
     * say. As Django's {@code split_exclude}, the condition goes into a subquery over the children:
     * {@code NOT (t0.id IN (SELECT question_id FROM choice WHERE votes > 1 AND question_id IS NOT NULL))}.
     * Only a reverse relation on the first hop; one further along is refused in {@link #condition}.
     */
    private Optional<Expr> excludeAcrossReverse(Q.Lookup lookup) {
        String[] parts = PARTS.split(lookup.key(), 2);
        Optional<ReverseMeta> reverse = root.field(parts[0]).isPresent() ? Optional.empty() : root.reverse(parts[0]);
        if (reverse.isEmpty()) {
            return Optional.empty();
        }
        ModelMeta<?> child = registry.meta(reverse.get().childType());
        String rest = parts.length == 1 ? "pk" : lookups.has(parts[1]) ? "pk__" + parts[1] : parts[1];
        QueryCompiler inner = new QueryCompiler(registry, lookups, child);
        Expr condition = inner.condition(Q.of(rest, lookup.value()));
        Expr.Column key = new Expr.Column(ROOT, reverse.get().foreignKey().column());
        Select children = new Select(child.table(), ROOT, inner.joins(), List.of(key),
                List.of(condition, new Expr.IsNull(key, false)), List.of(), java.util.OptionalLong.empty(),
                java.util.OptionalLong.empty());
        return Optional.of(new Expr.InSelect(new Expr.Column(ROOT, root.primaryKey().column()), children));
    }
    // endregion

    /** Whether a condition is false for every row whatever the data: an empty IN, and what it forces. */
    static boolean matchesNothing(Expr condition) {
        if (condition instanceof Expr.In in) {
            return in.values().isEmpty();
        } else if (condition instanceof Expr.And and) {
            return and.parts().stream().anyMatch(QueryCompiler::matchesNothing);
        } else if (condition instanceof Expr.Or or) {
            return !or.parts().isEmpty() && or.parts().stream().allMatch(QueryCompiler::matchesNothing);
        } else if (condition instanceof Expr.Not not) {
            return matchesEverything(not.inner());
        }
        return false;
    }

    private static boolean matchesEverything(Expr condition) {
        if (condition instanceof Expr.And and) {
            return and.parts().stream().allMatch(QueryCompiler::matchesEverything);
        } else if (condition instanceof Expr.Or or) {
            return or.parts().stream().anyMatch(QueryCompiler::matchesEverything);
        } else if (condition instanceof Expr.Not not) {
            return matchesNothing(not.inner());
        }
        return false;
    }

    /** A value in a condition or an update: a column for {@link F}, otherwise a bound parameter. */
    Expr value(Object value) {
        if (value instanceof F f) {
            Target target = resolve(f.field());
            if (!target.lookup().equals("exact") || f.field().endsWith("__exact") || target.transformed()) {
                throw new IllegalArgumentException("F(\"" + f.field() + "\") names a lookup; F takes a field name");
            }
            return target.column();
        } else if (value instanceof Expression.Arithmetic a) {
            return new Expr.Arithmetic(value(a.left()), a.operator(), value(a.right()));
        } else if (value instanceof Expression.Value v) {
            return value(v.value());
        }
        return new Expr.Param(parameter(value));
    }
    // endregion

    Object parameter(Object value) {
        if (value != null && registry.isModel(value.getClass())) {
            return registry.meta(value.getClass()).id(value); // a model stands for its primary key
        }
        return Values.toJdbc(value);
    }

    Select.Order order(OrderBy order) {
        Target target = resolve(order.field());
        if (!target.lookup().equals("exact") || target.transformed()) {
            throw new IllegalArgumentException("orderBy(\"" + order + "\") names a lookup; order by a field, with '-'"
                    + " in front for descending order.");
        }
        return new Select.Order(target.column(), order.descending(), target.nullable(), order.nullsComeFirst());
    }
}
