package org.mtvkit.orm;

import java.util.List;
import java.util.OptionalLong;

/** A SELECT statement as a tree: what {@code QueryCompiler} builds and {@code SqlWriter} writes. */
// region: select
record Select(String table, String alias, List<Join> joins, List<Expr> columns, List<Expr> where,
              List<Order> orderBy, OptionalLong limit, OptionalLong offset, boolean distinct, List<Expr> groupBy,
              List<Expr> having) {

    Select(String table, String alias, List<Join> joins, List<Expr> columns, List<Expr> where, List<Order> orderBy,
           OptionalLong limit, OptionalLong offset, boolean distinct) {
        this(table, alias, joins, columns, where, orderBy, limit, offset, distinct, List.of(), List.of());
    }

    Select(String table, String alias, List<Join> joins, List<Expr> columns, List<Expr> where, List<Order> orderBy,
           OptionalLong limit, OptionalLong offset) {
        this(table, alias, joins, columns, where, orderBy, limit, offset, false);
    }

    /** {@code [LEFT] JOIN "question" t1 ON t1."id" = t0."question_id"}. */
    record Join(String table, String alias, Expr on, boolean outer) { }

    /** {@code nullsFirst} is written only where the column can hold NULL: {@code NULLS FIRST} or {@code NULLS LAST}. */
    record Order(Expr expr, boolean descending, boolean nullable, boolean nullsFirst) { }
}
// endregion
