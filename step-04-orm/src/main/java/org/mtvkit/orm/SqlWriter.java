package org.mtvkit.orm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes statement trees as SQL text, collecting the bound parameters in the order their {@code ?}
 * appear. Standard SQL throughout; the {@link Dialect} supplies quoting and the limit clause.
 */
final class SqlWriter {
    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder(256); // most statements fit without growing
    private final List<Object> parameters = new ArrayList<>();

    private SqlWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    static Sql select(Dialect dialect, Select select) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.writeSelect(select);
        return writer.done();
    }

    static Sql countOf(Dialect dialect, Select select) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.sql.append("SELECT COUNT(*) FROM (");
        writer.writeSelect(select);
        writer.sql.append(") counted");
        return writer.done();
    }

    // region: aggregate-over
    /**
     * Aggregates over the rows of a grouped query, as Django's {@code aggregate()} after {@code annotate()}:
     * {@code SELECT AVG(grouped."c1") FROM (SELECT ... COUNT(t1."id") AS "c1" ... GROUP BY ...) grouped}.
     * {@code outer} refers to the inner columns as {@code Column("grouped", "c1")}, {@code "c2"}, ...
     */
    static Sql aggregateOver(Dialect dialect, Select inner, List<Expr> outer) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.sql.append("SELECT ");
        for (int i = 0; i < outer.size(); i++) {
            writer.sql.append(i == 0 ? "" : ", ");
            writer.write(outer.get(i));
        }
        writer.sql.append(" FROM (");
        writer.writeSelect(inner, true);
        writer.sql.append(") grouped");
        return writer.done();
    }
    // endregion

    static Sql update(Dialect dialect, String table, String alias, List<String> columns, List<Expr> values,
                      List<Expr> where) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.sql.append("UPDATE ").append(dialect.quote(table)).append(' ').append(alias).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            writer.sql.append(i == 0 ? "" : ", ").append(dialect.quote(columns.get(i))).append(" = ");
            writer.write(values.get(i));
        }
        writer.writeWhere(where);
        return writer.done();
    }

    static Sql delete(Dialect dialect, String table, String alias, List<Expr> where) {
        SqlWriter writer = new SqlWriter(dialect);
        writer.sql.append("DELETE FROM ").append(dialect.quote(table)).append(' ').append(alias);
        writer.writeWhere(where);
        return writer.done();
    }

    static String insert(Dialect dialect, String table, List<String> columns) {
        List<String> quoted = columns.stream().map(dialect::quote).toList();
        return "INSERT INTO " + dialect.quote(table) + " (" + String.join(", ", quoted) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    private Sql done() {
        return new Sql(sql.toString(), Collections.unmodifiableList(parameters)); // may hold nulls
    }

    // region: write-select
    private void writeSelect(Select select) {
        writeSelect(select, false);
    }

    /** {@code named}: each column gets the name {@code "c1"}, {@code "c2"}, ... for a query around this one. */
    private void writeSelect(Select select, boolean named) {
        sql.append(select.distinct() ? "SELECT DISTINCT " : "SELECT ");
        for (int i = 0; i < select.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ");
            write(select.columns().get(i));
            if (named) {
                sql.append(" AS ").append(dialect.quote("c" + (i + 1)));
            }
        }
        sql.append(" FROM ").append(dialect.quote(select.table())).append(' ').append(select.alias());
        for (Select.Join join : select.joins()) {
            sql.append(join.outer() ? " LEFT JOIN " : " JOIN ").append(dialect.quote(join.table()))
                    .append(' ').append(join.alias()).append(" ON ");
            write(join.on());
        }
        writeWhere(select.where());
        for (int i = 0; i < select.groupBy().size(); i++) {
            sql.append(i == 0 ? " GROUP BY " : ", ");
            write(select.groupBy().get(i));
        }
        if (!select.having().isEmpty()) { // conditions on aggregates: they hold for a group, after grouping
            sql.append(" HAVING ");
            write(select.having().size() == 1 ? select.having().get(0) : new Expr.And(select.having()));
        }
        for (int i = 0; i < select.orderBy().size(); i++) {
            Select.Order order = select.orderBy().get(i);
            sql.append(i == 0 ? " ORDER BY " : ", ");
            write(order.expr());
            sql.append(order.descending() ? " DESC" : " ASC");
            if (order.nullable()) { // spelled out, because H2 and PostgreSQL place NULLs differently by default
                sql.append(order.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
            }
        }
        sql.append(dialect.limitOffset(select.limit(), select.offset()));
    }
    // endregion

    private void writeWhere(List<Expr> where) {
        if (!where.isEmpty()) {
            sql.append(" WHERE ");
            write(where.size() == 1 ? where.get(0) : new Expr.And(where));
        }
    }

    // region: write-expr
    private void write(Expr expr) {
        // task: 04-1 the SQL writer
        if (expr instanceof Expr.Column c) {
            sql.append(c.alias()).append('.').append(dialect.quote(c.name()));
        } else if (expr instanceof Expr.Param p) {
            sql.append('?');
            parameters.add(p.value());
        } else if (expr instanceof Expr.Arithmetic a) {
            sql.append('(');
            write(a.left());
            sql.append(' ').append(a.operator().symbol()).append(' ');
            write(a.right());
            sql.append(')');
        } else if (expr instanceof Expr.Compare c) {
            write(c.left());
            sql.append(' ').append(c.operator().symbol).append(' ');
            write(c.right());
        } else if (expr instanceof Expr.Like l) {
            write(l.left());
            sql.append(" LIKE ");
            write(l.pattern());
            sql.append(" ESCAPE '\\'");
        } else if (expr instanceof Expr.Lower l) {
            sql.append("LOWER(");
            write(l.inner());
            sql.append(')');
        } else if (expr instanceof Expr.In in) {
            writeIn(in);
        } else if (expr instanceof Expr.InSelect in) {
            write(in.left());
            sql.append(" IN (");
            writeSelect(in.select());
            sql.append(')');
        } else if (expr instanceof Expr.IsNull n) {
            write(n.inner());
            sql.append(n.isNull() ? " IS NULL" : " IS NOT NULL");
        } else if (expr instanceof Expr.Between b) {
            write(b.inner());
            sql.append(" BETWEEN ");
            write(b.low());
            sql.append(" AND ");
            write(b.high());
        } else if (expr instanceof Expr.And and) {
            writeJoined(and.parts(), " AND ", "1 = 1");
        } else if (expr instanceof Expr.Or or) {
            writeJoined(or.parts(), " OR ", "1 = 0");
        } else if (expr instanceof Expr.Not not) {
            sql.append("NOT (");
            write(not.inner());
            sql.append(')');
        } else if (expr instanceof Expr.Aggregate a) {
            sql.append(a.function().name()).append(a.distinct() ? "(DISTINCT " : "(");
            if (a.argument() == null) {
                sql.append('*');
            } else if (a.function() == org.mtvkit.orm.Aggregate.Function.AVG) {
                // an average is a Double on every dialect: H2 would average a BIGINT (a COUNT) to a 10-digit NUMERIC
                sql.append("CAST(");
                write(a.argument());
                sql.append(" AS DOUBLE PRECISION)");
            } else {
                write(a.argument());
            }
            sql.append(')');
            if (a.filter() != null) { // standard SQL, on H2 and PostgreSQL alike: only the rows that meet it
                sql.append(" FILTER (WHERE ");
                write(a.filter());
                sql.append(')');
            }
        } else if (expr instanceof Expr.Extract e) {
            int start = sql.length(); // the operand is written in place, then handed to the dialect to wrap
            write(e.inner());
            String operand = sql.substring(start);
            sql.setLength(start);
            sql.append(dialect.datePart(e.part(), operand, e.utc()));
        } else {
            // Java 17 does not check an instanceof chain for exhaustiveness: a new kind of Expr must fail loudly here
            throw new IllegalStateException("SqlWriter.write has no case for " + expr.getClass().getName());
        }
        // endtask
    }
    // endregion

    private void writeIn(Expr.In in) {
        // task: 04-1 the SQL writer
        if (in.values().isEmpty()) {
            sql.append("1 = 0"); // "x IN ()" is not SQL; an empty list matches nothing
            return;
        }
        write(in.left());
        sql.append(" IN (");
        for (int i = 0; i < in.values().size(); i++) {
            sql.append(i == 0 ? "" : ", ");
            write(in.values().get(i));
        }
        sql.append(')');
        // endtask
    }

    private void writeJoined(List<Expr> parts, String operator, String empty) {
        // task: 04-1 the SQL writer
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            sql.append(i == 0 ? "" : operator);
            write(parts.get(i));
        }
        sql.append(')');
        // endtask
    }
}
