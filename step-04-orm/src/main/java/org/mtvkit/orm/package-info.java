/**
 * Step 4: a mini-ORM. Objects in, SQL out, rows back into objects.
 *
 * <pre>
 * model class --Mapper (reflection, once)--> ModelMeta
 * QuerySet (filter/orderBy/...) --QueryCompiler--> Select/Expr tree --SqlWriter + Dialect--> SQL + parameters
 * Executor (JDBC, listeners, transactions) --> rows --RowLoader (+ Session's identity map)--> objects
 * Session: identity map + unit of work; flush writes inserts, updates, deletes in a safe order
 * </pre>
 *
 * Entry points: {@link org.mtvkit.orm.Database} ({@code open}, {@code inMemory}, {@code register},
 * {@code createSchema}, {@code objects}, {@code save}, {@code atomic}, {@code session}),
 * {@link org.mtvkit.orm.QuerySet}, {@link org.mtvkit.orm.Q}, {@link org.mtvkit.orm.F},
 * {@link org.mtvkit.orm.Session}, and {@link org.mtvkit.orm.StatementListener} for watching the SQL.
 */
package org.mtvkit.orm;
