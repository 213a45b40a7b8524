package org.mtvkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateBenchTest {

    private static TemplateBench bench(String page) {
        TemplateBench bench = new TemplateBench();
        bench.page = page;
        bench.setUp();
        return bench;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index", "detail", "results", "table"})
    @DisplayName("our engine and FreeMarker render the same text from the same objects")
    void bothEnginesRenderTheSameText(String page) {
        TemplateBench bench = bench(page);
        assertEquals(bench.kitEngine(), bench.freeMarker());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index", "detail", "results", "table"})
    @DisplayName("compiling the template on every render gives the same text as the cached template")
    void reparsingRendersTheSameText(String page) {
        TemplateBench bench = bench(page);
        assertEquals(bench.kitEngine(), bench.kitReparsed());
    }

    @Test
    @DisplayName("the table page has one row per choice, with the escaped text")
    void tableHasAThousandEscapedRows() {
        String html = bench("table").kitEngine();
        assertEquals(1001, html.split("<tr>", -1).length - 1);       // header row + 1,000
        assertTrue(html.contains("<td>CHOICE 999 &amp; CO</td>"), html.substring(html.length() - 300));
    }
}
