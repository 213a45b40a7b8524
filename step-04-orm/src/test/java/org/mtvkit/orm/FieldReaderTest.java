package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldReaderTest {

    /** Primitive fields whose values before a read are not zero, so a read that leaves them alone shows. */
    static class Primitives {
        Long id;
        long aLong = 11;
        int anInt = 22;
        boolean aBoolean = true;
        double aDouble = 3.5;
        Long aBoxedLong = 44L;
        String text = "before";
    }

    /** Reads one row of {@code sql}, whose columns are Primitives' fields in order, into a fresh object. */
    private static Primitives read(String sql) throws Exception {
        ModelMeta<Primitives> meta = Mapper.read(Primitives.class, type -> false);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:"); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            Primitives object = meta.newInstance();
            for (int i = 0; i < meta.columns().size(); i++) {
                meta.reader(i).read(rows, i + 1, object);
            }
            return object;
        }
    }

    @Test
    @DisplayName("each column is read into its field: zeros, false and negative values included")
    void values() throws Exception {
        Primitives p = read("SELECT 1, CAST(0 AS BIGINT), 0, FALSE, CAST(0 AS DOUBLE), CAST(-7 AS BIGINT), 'after'");
        assertEquals(List.of(1L, 0L, 0, false, 0.0, -7L, "after"),
                List.of(p.id, p.aLong, p.anInt, p.aBoolean, p.aDouble, p.aBoxedLong, p.text));
        Primitives q = read("SELECT 2, CAST(-9 AS BIGINT), -3, TRUE, CAST(-1.25 AS DOUBLE), CAST(5 AS BIGINT), ''");
        assertEquals(List.of(2L, -9L, -3, true, -1.25, 5L, ""),
                List.of(q.id, q.aLong, q.anInt, q.aBoolean, q.aDouble, q.aBoxedLong, q.text));
    }

    @Test
    @DisplayName("a NULL leaves a primitive field as it was, and makes a wrapper or a String null")
    void nulls() throws Exception {
        Primitives p = read("SELECT 1, CAST(NULL AS BIGINT), CAST(NULL AS INT), CAST(NULL AS BOOLEAN),"
                + " CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR)");
        assertEquals(List.of(11L, 22, true, 3.5), List.of(p.aLong, p.anInt, p.aBoolean, p.aDouble));
        assertNull(p.aBoxedLong);
        assertNull(p.text);
    }
}
