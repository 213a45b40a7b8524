package org.mtvkit.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.mtv.Json;

/**
 * Exercise 07-date-formats (chapter 7, exercise 1): {@code DateField} reads Django 3.2's month-name formats
 * ({@code Oct 25 2006}, {@code 25 October, 2006}, ...) as Django does, for every case of {@code exercises-07.json}
 * (written by {@code conformance/django_exercises_07.py}, which ran Django's {@code forms.DateField().clean}).
 */
@Tag("exercise")
@Tag("exercise-07-date-formats")
class DateFormatsExerciseTest {

    @TestFactory
    @SuppressWarnings("unchecked")
    List<DynamicTest> everyDateReadsAsDjangoReadsIt() throws Exception {
        Map<String, Object> suite;
        try (InputStream in = getClass().getResourceAsStream("/conformance/exercises-07.json")) {
            suite = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "exercises-07.json");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Object c : (List<Object>) suite.get("dates")) {
            Map<String, Object> expected = (Map<String, Object>) c;
            String input = (String) expected.get("input");
            String name = "\"" + input + "\" is " + (expected.containsKey("date") ? expected.get("date") : "not a date");
            tests.add(DynamicTest.dynamicTest(name, () -> check(input, expected)));
        }
        assertTrue(tests.size() >= 30, "the suite is the one Django wrote");
        return tests;
    }

    private static void check(String input, Map<String, Object> expected) {
        LocalDate read;
        try {
            read = new DateField().clean(List.of(input));
        } catch (ValidationError e) {
            if (expected.containsKey("date")) {
                fail("DateField refuses \"" + input + "\" (" + e.messages() + "), but Django reads it as "
                        + expected.get("date") + ": add Django's month-name formats (%b %d %Y, %b %d, %Y, %d %b %Y, "
                        + "%d %b, %Y and the same with the full month name, any case) to Dates.date");
            }
            assertEquals(List.of(expected.get("error")), e.messages(), "the message for \"" + input + "\"");
            return;
        }
        if (!expected.containsKey("date")) {
            fail("DateField reads \"" + input + "\" as " + read + ", but Django refuses it with \""
                    + expected.get("error") + "\": a format in Dates.date accepts more than strptime's does");
        }
        assertEquals(expected.get("date"), read.toString(), "the date Django reads in \"" + input + "\"");
    }
}
