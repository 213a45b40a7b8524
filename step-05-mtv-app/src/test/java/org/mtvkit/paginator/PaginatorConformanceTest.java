package org.mtvkit.paginator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.mtv.Json;

/**
 * Our Paginator answers exactly what Django 3.2's does, for every case in {@code paginator.json}
 * (written by {@code conformance/django_paginator.py}, which ran Django itself): page counts and
 * ranges, each page's objects and indexes, and how each page number from a URL is judged.
 */
class PaginatorConformanceTest {

    @TestFactory
    @SuppressWarnings("unchecked")
    List<DynamicTest> everyCaseAnswersAsDjangoDoes() throws Exception {
        Map<String, Object> suite;
        try (InputStream in = getClass().getResourceAsStream("/conformance/paginator.json")) {
            suite = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "paginator.json");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Object c : (List<Object>) suite.get("cases")) {
            Map<String, Object> expected = (Map<String, Object>) c;
            int count = num(expected, "count");
            int perPage = num(expected, "perPage");
            int orphans = num(expected, "orphans");
            boolean allowEmpty = (Boolean) expected.get("allowEmptyFirstPage");
            String name = count + " objects, " + perPage + " per page, " + orphans + " orphans"
                    + (allowEmpty ? "" : ", no empty first page");
            tests.add(DynamicTest.dynamicTest(name, () -> check(expected,
                    Paginator.of(LongStream.rangeClosed(1, count).boxed().toList(), perPage, orphans, allowEmpty))));
        }
        assertTrue(tests.size() >= 72, "the suite is the one Django wrote");
        return tests;
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> expected, Paginator<Long> paginator) throws InvalidPage {
        assertEquals(num(expected, "numPages"), paginator.numPages(), "numPages");
        assertEquals(longs(expected.get("pageRange")), paginator.pageRange().stream().map(Long::valueOf).toList(), "pageRange");
        for (Object p : (List<Object>) expected.get("pages")) {
            Map<String, Object> want = (Map<String, Object>) p;
            Page<Long> page = paginator.page(num(want, "number"));
            String where = "page " + want.get("number");
            assertEquals(longs(want.get("objects")), page.getObjectList(), where);
            assertEquals(want.get("hasNext"), page.hasNext(), where + " hasNext");
            assertEquals(want.get("hasPrevious"), page.hasPrevious(), where + " hasPrevious");
            assertEquals(want.get("hasOtherPages"), page.hasOtherPages(), where + " hasOtherPages");
            assertEquals(((Number) want.get("startIndex")).longValue(), page.startIndex(), where + " startIndex");
            assertEquals(((Number) want.get("endIndex")).longValue(), page.endIndex(), where + " endIndex");
        }
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) expected.get("numbers")).entrySet()) {
            Map<String, Object> want = (Map<String, Object>) entry.getValue();
            String text = entry.getKey();
            if (want.containsKey("page")) {
                assertEquals(num(want, "page"), paginator.page(text).getNumber(), "page(\"" + text + "\")");
            } else {
                InvalidPage e = assertThrows(InvalidPage.class, () -> paginator.page(text), "page(\"" + text + "\")");
                assertEquals(want.get("message"), e.getMessage());
                assertEquals(want.get("error").equals("PageNotAnInteger"), e.notAnInteger(), "kind of error for \"" + text + "\"");
            }
            if (want.get("getPage").equals("EmptyPage")) {
                assertThrows(IllegalStateException.class, () -> paginator.getPage(text));
            } else {
                assertEquals(num(want, "getPage"), paginator.getPage(text).getNumber(), "getPage(\"" + text + "\")");
            }
        }
    }

    private static int num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static List<Long> longs(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).longValue()).toList();
    }
}
