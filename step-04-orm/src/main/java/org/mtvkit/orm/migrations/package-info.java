/**
 * Migrations, as Django has them: schema changes kept as files of database-independent operations,
 * applied in dependency order and recorded in a table.
 *
 * <p>The pipeline: the migration files ({@link org.mtvkit.orm.migrations.MigrationSource}) are read
 * into a graph and replayed into a {@link org.mtvkit.orm.migrations.ProjectState}; the autodetector
 * compares it with the state the models describe and lists {@link org.mtvkit.orm.migrations.Operation}s;
 * makemigrations writes them as the next file; the schema editor turns each operation into SQL through
 * the ORM's {@link org.mtvkit.orm.Dialect}; the executor runs it, one transaction per migration where
 * DDL is transactional, and records it. The entry point is {@link org.mtvkit.orm.migrations.Migrations}.
 */
package org.mtvkit.orm.migrations;
