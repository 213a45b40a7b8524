package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the names a learner writes ({@code "question__pubDate__lte"}, {@code "-votes"}, {@code F.of("votes")})
 * into the expression tree: it walks the model metadata along each {@code __}, adds a join for every
 * foreign key it crosses, and ends at a column and a lookup. One compiler builds one statement.
 */
final class QueryCompiler {
    static final String ROOT = "t0";

    private final Registry registry;
    private final ModelMeta<?> root;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<Select.Join> joins = new ArrayList<>();

    QueryCompiler(Registry registry, ModelMeta<?> root) {
        this.registry = registry;
        this.root = root;
        aliases.put("", ROOT);
    }

    List<Select.Join> joins() {
        return joins;
    }

    /** A resolved name: the column, and the lookup that applies to it. */
    record Target(ModelMeta<?> model, FieldMeta field, Expr.Column column, String lookup) { }

    // region: resolve
    Target resolve(String key) {
        String[] parts = key.split("__", -1);
        ModelMeta<?> model = root;
        String path = "";
        for (int i = 0; i < parts.length; i++) {
            FieldMeta field = field(model, parts[i], key);
            String alias = aliases.get(path);
            boolean last = i == parts.length - 1;
            if (last) {
                return new Target(model, field, new Expr.Column(alias, field.column()), "exact");
            }
            String next = parts[i + 1];
            if (field.isForeignKey()) {
                ModelMeta<?> related = registry.meta(field.related());
                boolean nextIsKey = next.equals(related.primaryKey().name());
                boolean keyIsLast = i + 2 == parts.length || (i + 3 == parts.length && Lookups.NAMES.contains(parts[i + 2]));
                if (nextIsKey && keyIsLast) { // question__id needs no join: the key is in our own column
                    String lookup = i + 2 == parts.length ? "exact" : parts[i + 2];
                    return new Target(related, related.primaryKey(), new Expr.Column(alias, field.column()), lookup);
                }
                if (related.field(next).isPresent() || !Lookups.NAMES.contains(next)) {
                    path = join(path, alias, field, related);
                    model = related;
                    continue;
                }
            }
            if (i + 2 == parts.length && Lookups.NAMES.contains(next)) {
                return new Target(model, field, new Expr.Column(alias, field.column()), next);
            }
            throw new IllegalArgumentException("Unknown lookup '" + next + "' in '" + key + "': " + field.describe()
                    + (field.isForeignKey() ? " is a foreign key, so '" + next + "' must be a field of "
                    + field.related().getSimpleName() + " or one of the lookups " : " is not a foreign key, so '"
                    + next + "' must be one of the lookups ") + String.join(", ", Lookups.NAMES) + ".");
        }
        throw new IllegalArgumentException("Empty lookup '" + key + "'");
    }
    // endregion

    private FieldMeta field(ModelMeta<?> model, String name, String key) {
        return model.field(name).orElseThrow(() -> {
            if (model.reverse(name).isPresent()) {
                ReverseMeta reverse = model.reverse(name).get();
                return new IllegalArgumentException("'" + key + "': " + model.name() + "." + name + " is the reverse"
                        + " side of " + reverse.foreignKey().describe() + "; filter " + reverse.childType().getSimpleName()
                        + " objects by '" + reverse.foreignKey().name() + "' instead.");
            }
            return new IllegalArgumentException(model.name() + " has no field '" + name + "' (in '" + key
                    + "'). Its fields are: " + model.fieldNames() + ".");
        });
    }

    /** Joins the model a foreign key points at, once per path, and returns the new path. */
    String join(String path, String alias, FieldMeta foreignKey, ModelMeta<?> related) {
        String joined = path.isEmpty() ? foreignKey.name() : path + "__" + foreignKey.name();
        if (!aliases.containsKey(joined)) {
            String newAlias = "t" + aliases.size();
            aliases.put(joined, newAlias);
            Expr on = new Expr.Compare(new Expr.Column(newAlias, related.primaryKey().column()), "=",
                    new Expr.Column(alias, foreignKey.column()));
            joins.add(new Select.Join(related.table(), newAlias, on, foreignKey.nullable()));
        }
        return joined;
    }

    String alias(String path) {
        return aliases.get(path);
    }

    // region: condition
    Expr condition(Q q) {
        if (q instanceof Q.Lookup lookup) {
            Target target = resolve(lookup.key());
            return Lookups.build(target.lookup(), target.column(), lookup.value(), this::value, lookup.key());
        } else if (q instanceof Q.And and) {
            return new Expr.And(and.parts().stream().map(this::condition).toList());
        } else if (q instanceof Q.Or or) {
            return new Expr.Or(or.parts().stream().map(this::condition).toList());
        } else if (q instanceof Q.Not not) {
            return new Expr.Not(condition(not.inner()));
        }
        throw new IllegalStateException("unknown condition " + q);
    }

    /** A value in a condition or an update: a column for {@link F}, otherwise a bound parameter. */
    Expr value(Object value) {
        if (value instanceof F f) {
            Target target = resolve(f.field());
            if (!target.lookup().equals("exact") || f.field().endsWith("__exact")) {
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

    Select.Order order(String name) {
        boolean descending = name.startsWith("-");
        Target target = resolve(descending ? name.substring(1) : name);
        if (!target.lookup().equals("exact")) {
            throw new IllegalArgumentException("orderBy(\"" + name + "\") names a lookup; order by a field, with '-'"
                    + " in front for descending order.");
        }
        return new Select.Order(target.column(), descending);
    }
}
