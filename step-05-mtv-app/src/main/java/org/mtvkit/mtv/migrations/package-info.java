/**
 * The migration commands of Django's tutorial part 2, {@code makemigrations}, {@code sqlmigrate},
 * {@code migrate} and {@code showmigrations}, each a {@link org.mtvkit.mtv.Command} over the ORM's
 * {@link org.mtvkit.orm.migrations.Migrations}. {@link org.mtvkit.mtv.migrations.MigrationCommands}
 * says where the files are and gives runserver and check their warnings.
 */
package org.mtvkit.mtv.migrations;
