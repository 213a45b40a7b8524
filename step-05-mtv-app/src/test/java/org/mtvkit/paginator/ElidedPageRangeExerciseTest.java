package org.mtvkit.paginator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.mtv.Json;

/**
 * Exercise 07-elided-page-range (chapter 7, exercise 3): {@code Paginator.elidedPageRange}, Django 3.2's
 * {@code get_elided_page_range}, answers as Django does for every case of {@code exercises-07.json} (written by
 * {@code conformance/django_exercises_07.py}, which ran Django itself). The method is found by reflection, so that
 * this file compiles on the kit as shipped: {@code public List<String> elidedPageRange(int number, int onEachSide,
 * int onEnds)}, each page number as text and Django's ellipsis {@code "…"} where pages are left out.
 */
@Tag("exercise")
@Tag("exercise-07-elided-page-range")
class ElidedPageRangeExerciseTest {

    @TestFactory
    @SuppressWarnings("unchecked")
    List<DynamicTest> everyRangeIsElidedAsDjangoElidesIt() throws Exception {
        Map<String, Object> suite;
        try (InputStream in = getClass().getResourceAsStream("/conformance/exercises-07.json")) {
            suite = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "exercises-07.json");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Object c : (List<Object>) suite.get("elided")) {
            Map<String, Object> expected = (Map<String, Object>) c;
            int count = num(expected, "count");
            int perPage = num(expected, "perPage");
            int number = num(expected, "number");
            int onEachSide = num(expected, "onEachSide");
            int onEnds = num(expected, "onEnds");
            String name = count + " objects, " + perPage + " per page, page " + number + ", " + onEachSide
                    + " on each side, " + onEnds + " on the ends";
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Paginator<Integer> paginator = Paginator.of(IntStream.range(0, count).boxed().toList(), perPage);
                assertEquals(expected.get("range"), elided(paginator, number, onEachSide, onEnds), name);
            }));
        }
        assertTrue(tests.size() >= 100, "the suite is the one Django wrote");
        return tests;
    }

    private static Object elided(Paginator<Integer> paginator, int number, int onEachSide, int onEnds) throws Exception {
        Method method;
        try {
            method = Paginator.class.getMethod("elidedPageRange", int.class, int.class, int.class);
        } catch (NoSuchMethodException e) {
            return fail("Paginator has no elidedPageRange(int number, int onEachSide, int onEnds) yet: add it, "
                    + "public, returning List<String>: the page numbers as text, \"…\" where Django's "
                    + "get_elided_page_range leaves pages out");
        }
        if (!method.getReturnType().equals(List.class)) {
            fail("Paginator.elidedPageRange returns " + method.getReturnType().getSimpleName()
                    + ": make it return List<String>, the page numbers as text and \"…\" for each gap");
        }
        try {
            return method.invoke(paginator, number, onEachSide, onEnds);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static int num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).intValue();
    }
}
