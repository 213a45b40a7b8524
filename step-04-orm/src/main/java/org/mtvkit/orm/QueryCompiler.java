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

    private final Registry registry;
    private final Lookups lookups;
    private final ModelMeta<?> root;
    // Shared with the compiler this one was copied from until one of them adds to them (see own()).
    private Map<String, String> aliases;
    private Map<String, Boolean> outer; // alias -> reached through a LEFT JOIN
    private List<Select.Join> joins;
    private java.util.Set<String> multiValued; // paths that cross a reverse relation
    private Map<String, Annotation> annotations; // annotate(): name -> aggregate, in the order added
    private List<Grouped> grouping; // groupBy(): Django's values(...) before annotate(); empty for objects
    private boolean owned; // whether the collections above are this compiler's alone

    private static final Map<String, String> ROOT_ALIASES = Map.of("", ROOT);
    private static final Map<String, Boolean> ROOT_OUTER = Map.of(ROOT, false);

    QueryCompiler(Registry registry, Lookups lookups, ModelMeta<?> root) {
        this(registry, lookups, root, ROOT_ALIASES, ROOT_OUTER, List.of(), java.util.Set.of(), Map.of(), List.of());
    }

    private QueryCompiler(Registry registry, Lookups lookups, ModelMeta<?> root, Map<String, String> aliases,
                          Map<String, Boolean> outer, List<Select.Join> joins, java.util.Set<String> multiValued,
                          Map<String, Annotation> annotations, List<Grouped> grouping) {
        this.registry = registry;
        this.lookups = lookups;
        this.root = root;
        this.aliases = aliases;
        this.outer = outer;
        this.joins = joins;
        this.multiValued = multiValued;
        this.annotations = annotations;
        this.grouping = grouping;
    }

    /**
     * An independent copy: what this compiler has joined so far, free to grow without touching this one.
     * Nothing is copied yet: both share their collections until one of them adds a join, an annotation or
     * a grouping, and that one copies them first. Most refinements add none ({@code filter("pubDate__lte",
     * now)} on the model's own fields), and a QuerySet is refined several times on every request.
     */
    QueryCompiler copy() {
        owned = false;  // this one may not write into what it now shares either
        return new QueryCompiler(registry, lookups, root, aliases, outer, joins, multiValued, annotations, grouping);
    }

    /** Before the first change: collections of this compiler's own, copied from the shared ones. */
    private void own() {
        if (!owned) {
            aliases = new LinkedHashMap<>(aliases);
            outer = new LinkedHashMap<>(outer);
            joins = new ArrayList<>(joins);
            multiValued = new java.util.HashSet<>(multiValued);
            annotations = new LinkedHashMap<>(annotations);
            grouping = new ArrayList<>(grouping);
            owned = true;
        }
    }

    /**
     * Makes the next condition join reverse relations afresh, as each of Django's {@code filter()} calls
     * does: {@code filter(choices__votes__gt=1).filter(choices__text="x")} may be met by two different
     * choices, while one {@code filter(Q(...) & Q(...))} must be met by one.
     */
    void forgetMultiValued() {
        if (multiValued.isEmpty()) {
            return;
        }
        own();
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
                  boolean transformed, boolean multiValued, Optional<Annotation> annotation) {
        Target(ModelMeta<?> model, FieldMeta field, Expr column, String lookup, boolean nullable,
               boolean transformed, boolean multiValued) {
            this(model, field, column, lookup, nullable, transformed, multiValued, Optional.empty());
        }

        Target(ModelMeta<?> model, FieldMeta field, Expr column, String lookup, boolean nullable) {
            this(model, field, column, lookup, nullable, false, false);
        }

        /** The Java type a value of this target reads as: an annotation's result type, a key's type, a field's. */
        Class<?> valueType(Registry registry) {
            return annotation.<Class<?>>map(Annotation::type).orElseGet(() -> field.isForeignKey()
                    ? registry.meta(field.related()).primaryKey().type() : field.type());
        }
    }

    /** One {@code annotate()}: its name, the aggregate, its SQL and the Java type its value reads as. */
    record Annotation(String name, Aggregate aggregate, Expr expr, Class<?> type, FieldMeta source) { }

    /** {@code "question__pub_date__year"} split at each {@code "__"}, as {@code split("__", -1)} would. */
    static String[] parts(String key) {
        int at = key.indexOf("__");
        if (at < 0) {
            return new String[] {key}; // a plain field name, the commonest case: no list, no regex
        }
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        for (; at >= 0; at = key.indexOf("__", from)) {
            parts.add(key.substring(from, at));
            from = at + 2;
        }
        parts.add(key.substring(from));
        return parts.toArray(String[]::new);
    }

    /** One field named in {@code groupBy()}: its name, its column and the Java type its value reads as. */
    record Grouped(String name, Expr column, Class<?> type) { }

    // region: resolve
    Target resolve(String key) {
        Optional<Target> annotated = resolveAnnotation(key);
        if (annotated.isPresent()) {
            return annotated.get();
        }
        String[] parts = parts(key);
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

    /**
     * {@code choices__count__gt}: a name that starts with an annotation's (the longest that matches, as
     * Django's {@code solve_lookup_type}), then at most one lookup. An annotation is a number, a date or
     * a text as its aggregate gives; text lookups on a number and date parts are refused here.
     */
    private Optional<Target> resolveAnnotation(String key) {
        if (annotations.isEmpty()) { // most queries have none, and every name of every query asks
            return Optional.empty();
        }
        String[] parts = parts(key);
        for (int level = parts.length; level > 0; level--) {
            Annotation annotation = annotations.get(String.join("__", List.of(parts).subList(0, level)));
            if (annotation == null) {
                continue;
            }
            String lookup = level == parts.length ? "exact" : parts[level];
            String described = "the annotation '" + annotation.name() + "' (" + annotation.aggregate().function()
                    + ", a " + annotation.type().getSimpleName() + ")";
            if (level + 1 < parts.length || !lookups.has(lookup)) {
                throw new IllegalArgumentException("Unknown lookup '" + String.join("__", List.of(parts).subList(level,
                        parts.length)) + "' in '" + key + "' on " + described + "; an annotation takes one of the"
                        + " lookups " + String.join(", ", lookups.names()) + ".");
            }
            if (TEXT_LOOKUPS.contains(lookup) && !annotation.type().equals(String.class)) {
                throw new IllegalArgumentException("'" + key + "': " + described + " is not text, so it has no '"
                        + lookup + "'. Compare it with exact, gt, gte, lt, lte, in, range or isnull.");
            }
            boolean nullable = annotation.aggregate().function() != Aggregate.Function.COUNT;
            return Optional.of(new Target(root, annotation.source(), annotation.expr(), lookup, nullable, false, false,
                    Optional.of(annotation)));
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> TEXT_LOOKUPS = java.util.Set.of("iexact", "contains", "icontains",
            "startswith", "istartswith", "endswith", "iendswith");

    // region: annotate
    /**
     * Adds {@code name} as an aggregate over each object's (or, after {@link #groupBy}, each group's)
     * joined rows. The aggregate's path is resolved with the joins already made: after
     * {@code filter(choices__votes__gt=1)} a {@code Count("choices")} counts the matching choices only,
     * as in Django, because it reuses that filter's join.
     */
    Annotation annotate(String name, Aggregate aggregate) {
        String where = "annotate(" + name + "=" + aggregate.function() + "(\"" + aggregate.field() + "\"))";
        if (!Names.isIdentifier(name.replace("__", "_"))) {
            throw new IllegalArgumentException(where + ": an annotation's name is an identifier, got '" + name + "'");
        }
        // as Django: after groupBy (its values()) a name clashes with the grouped fields only, else with any field
        if (grouping.isEmpty() && (root.field(name).isPresent() || root.reverse(name).isPresent() || name.equals("pk")
                || foreignKeyByAttname(root, name).isPresent())) {
            throw new IllegalArgumentException(where + ": the annotation '" + name + "' conflicts with a field of "
                    + root.name() + " (as Django's ValueError). Choose another name; the fields are: pk, "
                    + root.fieldNames() + ".");
        }
        if (grouping.stream().anyMatch(g -> g.name().equals(name))) {
            throw new IllegalArgumentException(where + ": the annotation '" + name + "' conflicts with the groupBy"
                    + " field of the same name. Choose another name.");
        }
        if (annotations.containsKey(aggregate.field()) || resolveAnnotation(aggregate.field()).isPresent()) {
            throw new IllegalArgumentException(where + ": '" + aggregate.field() + "' is an aggregate already;"
                    + " an aggregate cannot be annotated over another one (Django's FieldError). aggregate() over"
                    + " the annotated QuerySet can: aggregate(" + aggregate.function() + "(\"" + aggregate.field()
                    + "\")).");
        }
        Target target = resolve(aggregate.field());
        if (!target.lookup().equals("exact") || target.transformed() || aggregate.field().endsWith("__exact")) {
            throw new IllegalArgumentException(where + " names a lookup; aggregate a field of " + root.name() + ": "
                    + root.fieldNames() + ".");
        }
        Class<?> fieldType = target.field().type();
        Aggregate.Function function = aggregate.function();
        if ((function == Aggregate.Function.SUM || function == Aggregate.Function.AVG) && !Values.isNumeric(fieldType)) {
            throw new IllegalArgumentException(where + ": " + target.field().describe() + " is a "
                    + fieldType.getSimpleName() + "; SUM and AVG need a number field.");
        }
        Annotation annotation = new Annotation(name, aggregate,
                new Expr.Aggregate(function, target.column(), aggregate.distinct(), filter(aggregate, where).orElse(null)),
                resultType(function, target.valueType(registry)), target.field());
        own();
        annotations.put(name, annotation); // a name annotated again is replaced in place, as in Django
        return annotation;
    }
    // endregion

    /**
     * An aggregate's {@code filter}, compiled with the joins the query has: {@code Count("choices",
     * filter=Q(choices__votes__gt=0))} tests the very choice it counts, so here a negation across a reverse
     * relation stays on the joined row ({@code NOT (votes > 0 AND votes IS NOT NULL)}), with no subquery,
     * as in Django.
     */
    Optional<Expr> filter(Aggregate aggregate, String where) {
        if (aggregate.filter().isEmpty()) {
            return Optional.empty();
        }
        Expr condition = condition(aggregate.filter().get(), false, false);
        if (aggregated(condition)) {
            throw new IllegalArgumentException(where + ": the filter " + aggregate.filter().get() + " names an"
                    + " aggregate; an aggregate's filter is a condition on the rows it aggregates.");
        }
        return Optional.of(condition);
    }

    /** The Java type of an aggregate's value, the same on every dialect. */
    static Class<?> resultType(Aggregate.Function function, Class<?> fieldType) {
        return switch (function) {
            case COUNT -> Long.class;
            case AVG -> Double.class;
            case SUM -> Values.isIntegral(fieldType) ? Long.class : Values.boxed(fieldType);
            case MIN, MAX -> Values.boxed(fieldType);
        };
    }

    /** Django's {@code values("question")} before {@code annotate()}: the rows are grouped by these fields. */
    void groupBy(List<String> names) {
        if (!annotations.isEmpty()) {
            throw new IllegalArgumentException("groupBy(" + String.join(", ", names) + ") after annotate(): call"
                    + " groupBy first, as Django's values() comes before annotate() to group by its fields; after"
                    + " annotate(), values() only picks columns and the rows stay grouped by object.");
        }
        for (String name : names) {
            Target target = resolve(name);
            if (!target.lookup().equals("exact") || target.transformed() || name.endsWith("__exact")) {
                throw new IllegalArgumentException("groupBy(\"" + name + "\") names a lookup; group by fields of "
                        + root.name() + ": " + root.fieldNames() + ".");
            }
            own();
            grouping.add(new Grouped(name, target.column(), target.valueType(registry)));
        }
    }

    List<Annotation> annotations() {
        return List.copyOf(annotations.values());
    }

    /** Whether any annotation was added: {@code annotations().isEmpty()} without the copy, asked for every query. */
    boolean annotated() {
        return !annotations.isEmpty();
    }

    List<Grouped> grouping() {
        return List.copyOf(grouping);
    }

    /** Whether any groupBy was added, without the copy. */
    boolean grouped() {
        return !grouping.isEmpty();
    }

    /** Whether an expression holds an aggregate, and so belongs in HAVING rather than WHERE. */
    static boolean aggregated(Expr expr) {
        if (expr instanceof Expr.Aggregate) {
            return true;
        } else if (expr instanceof Expr.Compare c) {
            return aggregated(c.left()) || aggregated(c.right());
        } else if (expr instanceof Expr.Arithmetic a) {
            return aggregated(a.left()) || aggregated(a.right());
        } else if (expr instanceof Expr.Like l) {
            return aggregated(l.left());
        } else if (expr instanceof Expr.Lower l) {
            return aggregated(l.inner());
        } else if (expr instanceof Expr.In in) {
            return aggregated(in.left()) || in.values().stream().anyMatch(QueryCompiler::aggregated);
        } else if (expr instanceof Expr.IsNull n) {
            return aggregated(n.inner());
        } else if (expr instanceof Expr.Between b) {
            return aggregated(b.inner()) || aggregated(b.low()) || aggregated(b.high());
        } else if (expr instanceof Expr.And and) {
            return and.parts().stream().anyMatch(QueryCompiler::aggregated);
        } else if (expr instanceof Expr.Or or) {
            return or.parts().stream().anyMatch(QueryCompiler::aggregated);
        } else if (expr instanceof Expr.Not not) {
            return aggregated(not.inner());
        }
        return false; // a column, a parameter, a subquery (whose aggregates are its own), a date part of a column
    }

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
            own();
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
            own();
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
        return condition(q, false, true);
    }

    /**
     * {@code negated} tracks whether an odd number of {@code not()} encloses {@code q}. Under negation
     * SQL's three-valued logic bites: {@code NOT (votes > 1)} is unknown, not true, where votes is NULL,
     * so the row would vanish. Django writes {@code NOT (votes > 1 AND votes IS NOT NULL)}, which keeps
     * it; so do we, for a column that can be NULL and for an {@link F} operand on a nullable field.
     * {@code split} is false inside an aggregate's filter, which tests each joined row itself.
     */
    private Expr condition(Q q, boolean negated, boolean split) {
        if (q instanceof Q.Lookup lookup) {
            if (negated && split) {
                Optional<Expr> across = excludeAcrossReverse(lookup);
                if (across.isPresent()) {
                    return across.get();
                }
            }
            Target target = resolve(lookup.key());
            Expr built = lookups.build(target.lookup(), target.column(), lookup.value(), this::value, lookup.key());
            // Django adds no IS NOT NULL to a condition on an annotation: NOT (SUM(...) > 1) drops a NULL sum
            if (!negated || target.lookup().equals("isnull") || lookup.value() == null || target.annotation().isPresent()) {
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
            return new Expr.And(and.parts().stream().map(p -> condition(p, negated, split)).toList());
        } else if (q instanceof Q.Or or) {
            return new Expr.Or(or.parts().stream().map(p -> condition(p, negated, split)).toList());
        } else if (q instanceof Q.Not not) {
            return new Expr.Not(condition(not.inner(), !negated, split));
        }
        throw new IllegalStateException("QueryCompiler.condition has no case for " + q.getClass().getName());
    }

    // region: exclude-across
    /**
     * {@code exclude(choices__votes__gt=1)} means "no choice has more than one vote", which no join can
     * say. As Django's {@code split_exclude}, the condition goes into a subquery over the children:
     * {@code NOT (t0.id IN (SELECT question_id FROM choice WHERE votes > 1 AND question_id IS NOT NULL))}.
     * The reverse relation may come after foreign keys: {@code exclude(question__choices__votes__gt=1)}
     * compares the key those foreign keys reach ({@code t0.question_id}) with the subquery, and keeps a
     * row whose key is NULL (it has no such choice), as Django's {@code NOT EXISTS} does. A condition that
     * a missing child meets ({@code __isnull=True}, {@code = None}) is asked of the parents LEFT JOINed to
     * their children, so a parent without children is excluded, and so is a row whose key is NULL.
     */
    private Optional<Expr> excludeAcrossReverse(Q.Lookup lookup) {
        String[] parts = parts(lookup.key());
        ModelMeta<?> model = root;
        int hop = 0;
        Optional<ReverseMeta> reverse = Optional.empty();
        for (; hop < parts.length; hop++) { // forward foreign keys up to the first reverse relation, if any
            Optional<FieldMeta> field = model.field(parts[hop]);
            if (field.isEmpty()) {
                reverse = model.reverse(parts[hop]);
                break;
            }
            if (!field.get().isForeignKey() || hop == parts.length - 1) {
                return Optional.empty();
            }
            model = registry.meta(field.get().related());
        }
        if (reverse.isEmpty()) {
            return Optional.empty();
        }
        ModelMeta<?> child = registry.meta(reverse.get().childType());
        boolean missingMatches = lookup.value() == null
                || (parts[parts.length - 1].equals("isnull") && Boolean.TRUE.equals(lookup.value()));
        Select children;
        if (missingMatches) {
            QueryCompiler inner = new QueryCompiler(registry, lookups, model);
            Expr condition = inner.condition(Q.of(String.join("__", List.of(parts).subList(hop, parts.length)),
                    lookup.value()));
            children = new Select(model.table(), ROOT, inner.joins(), List.of(new Expr.Column(ROOT,
                    model.primaryKey().column())), List.of(condition), List.of(), java.util.OptionalLong.empty(),
                    java.util.OptionalLong.empty());
        } else {
            String rest = hop == parts.length - 1 ? "pk" : String.join("__", List.of(parts).subList(hop + 1, parts.length));
            rest = lookups.has(rest) ? "pk__" + rest : rest;
            QueryCompiler inner = new QueryCompiler(registry, lookups, child);
            Expr condition = inner.condition(Q.of(rest, lookup.value()));
            Expr.Column key = new Expr.Column(ROOT, reverse.get().foreignKey().column());
            children = new Select(child.table(), ROOT, inner.joins(), List.of(key),
                    List.of(condition, new Expr.IsNull(key, false)), List.of(), java.util.OptionalLong.empty(),
                    java.util.OptionalLong.empty());
        }
        if (hop == 0) {
            return Optional.of(new Expr.InSelect(new Expr.Column(ROOT, root.primaryKey().column()), children));
        }
        Target parent = resolve(String.join("__", List.of(parts).subList(0, hop))); // the key the foreign keys reach
        Expr in = new Expr.InSelect(parent.column(), children);
        if (!parent.nullable()) {
            return Optional.of(in);
        }
        return Optional.of(missingMatches ? new Expr.Or(List.of(in, new Expr.IsNull(parent.column(), true)))
                : new Expr.And(List.of(in, new Expr.IsNull(parent.column(), false))));
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
        if (value instanceof ForeignKey<?> reference) {
            return reference.id().orElseThrow(() -> new IllegalArgumentException("A ForeignKey to an unsaved "
                    + reference.get().getClass().getSimpleName() + " has no key to compare with; save it first"));
        }
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
