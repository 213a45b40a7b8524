package org.mtvkit.orm;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What differs from one database to the next. The ORM writes standard SQL and asks the dialect for
 * everything else: how to quote a name, which column type stores a Java type, how to write a limit.
 * {@link H2Dialect} is the first; a PostgreSQL dialect would implement the same methods.
 */
// region: dialect
public interface Dialect {
    /** {@code "user"}: quoted, so that field names which are SQL keywords still work. */
    String quote(String identifier);

    /** The column type that stores {@code javaType}, e.g. {@code VARCHAR(200)} for a String. */
    String columnType(Class<?> javaType, int length, int precision, int scale);

    /** The column definition of a generated integer primary key. */
    String identityColumn(Class<?> javaType);

    /** The clause that limits a SELECT, e.g. {@code OFFSET 10 ROWS FETCH NEXT 5 ROWS ONLY}. */
    String limitOffset(OptionalLong limit, OptionalLong offset);

    /** Makes the next generated key {@code next}, after rows were inserted with explicit keys. */
    String restartIdentity(String table, String column, long next);

    /** A statement to run when the database is closed, if the engine wants one. */
    Optional<String> shutdown();

    /**
     * The SQL for one part of a date or time, {@code operand} being the SQL of the column; {@code utc}
     * when the column holds an instant, whose parts are read in UTC.
     */
    String datePart(DatePart part, String operand, boolean utc);

    /** Whether a batched INSERT returns one generated key per row. */
    boolean batchReturnsGeneratedKeys();

    /**
     * Whether DDL takes part in transactions: then a failed migration is rolled back whole. Where it
     * does not (H2 commits at each CREATE or ALTER), the migrations undo what ran by its inverse.
     */
    boolean canRollbackDdl();

    /** Changes a column's type, e.g. {@code ALTER TABLE "t" ALTER COLUMN "c" SET DATA TYPE VARCHAR(300)}. */
    String alterColumnType(String table, String column, String type);
}
// endregion
