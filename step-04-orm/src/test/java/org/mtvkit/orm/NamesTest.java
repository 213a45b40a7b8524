package org.mtvkit.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Standard SQL's quoting of names, which both dialects use and which is made once per name. */
class NamesTest {

    @Test
    @DisplayName("a name is quoted in double quotes, and a double quote inside it is doubled")
    void quotesAndDoublesQuotes() {
        assertEquals("\"question_text\"", new H2Dialect().quote("question_text"));
        assertEquals("\"a\"\"b\"", new PostgresDialect().quote("a\"b"));
    }

    @Test
    @DisplayName("a name quoted again gives the text quoted the first time, and past the names kept it is still quoted right")
    void quotedOnceAndKept() {
        assertSame(Names.doubleQuoted("votes"), Names.doubleQuoted("votes"));
        for (int i = 0; i < 5_000; i++) {
            assertEquals("\"name" + i + "\"", Names.doubleQuoted("name" + i));
        }
        assertEquals("\"name4999\"", Names.doubleQuoted("name4999"));
    }
}
