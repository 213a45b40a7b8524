/**
 * Step 4: a mini-ORM. Objects in, SQL out, rows back into objects.
 *
 * <pre>
 * model class --Mapper (reflection, once)--> ModelMeta
 * QuerySet (one immutable Spec) --QueryCompiler + Lookups registry--> Select/Expr tree
 *     --SqlWriter + Dialect (H2Dialect, PostgresDialect)--> SQL + parameters
 * Executor (JDBC, listeners, transactions) --> rows --RowLoader (+ Session's identity map)--> objects
 * Session: identity map + unit of work; flush writes inserts, updates, deletes in a safe order
 * QuerySet.delete --Collector (on_delete: CASCADE, PROTECT, SET_NULL)--> deletes, children first
 * </pre>
 *
 * Entry points: {@link org.mtvkit.orm.Database} ({@code open}, {@code inMemory}, {@code register},
 * {@code createSchema}, {@code objects}, {@code save}, {@code atomic}, {@code session}),
 * {@link org.mtvkit.orm.QuerySet}, {@link org.mtvkit.orm.Q}, {@link org.mtvkit.orm.F},
 * {@link org.mtvkit.orm.Session}, {@link org.mtvkit.orm.RelatedSet} ({@code Database.relatedSet}), and
 * {@link org.mtvkit.orm.StatementListener} for watching the SQL.
 */
package org.mtvkit.orm;
