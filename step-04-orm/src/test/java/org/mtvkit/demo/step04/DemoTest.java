package org.mtvkit.demo.step04;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    @DisplayName("the tour prints the DDL, N+1 as 4 queries, prefetch as 2, the join as 1, and the counted vote")
    void tour() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Main.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("CREATE TABLE \"choice\" ("), out);
        assertTrue(out.contains("(batch of 7 rows)"), out);
        assertTrue(out.contains("== 4. N+1"), out);
        assertTrue(out.contains("-> 4 queries\n\n== 5."), out);
        assertTrue(out.contains("-> 2 queries\n\n== 6."), out);
        assertTrue(out.contains("-> 1 query\n\n== 7."), out);
        assertTrue(out.contains("votes for Tabs: 1"), out);
    }
}
