package org.mtvkit.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of {@code conformance/django-cases.json}, which Django 3.2 rendered (see
 * {@code conformance/generate.py}), through the kit's non-strict engine, and compares the output or the
 * error's kind and phase. Cases whose output is Python printing a value are counted apart.
 */
class DjangoConformanceTest {

    /** The share of cases not tied to Python printing that must agree; raised as the engine closes the gap. */
    private static final double FLOOR = 0.99;

    @Test
    @DisplayName("the kit renders what Django 3.2 renders on the generated cases")
    @SuppressWarnings("unchecked")
    void agreesWithDjango() throws IOException {
        String json = Files.readString(Path.of("conformance/django-cases.json"), StandardCharsets.UTF_8);
        List<Object> cases = (List<Object>) ((Map<String, Object>) new MiniJson(json).value()).get("cases");
        int agreed = 0;
        int total = 0;
        int pythonAgreed = 0;
        int pythonTotal = 0;
        List<String> differences = new ArrayList<>();
        for (Object item : cases) {
            Map<String, Object> c = (Map<String, Object>) item;
            boolean python = Boolean.TRUE.equals(c.get("python"));
            Map<String, Object> expect = (Map<String, Object>) c.get("expect");
            String wanted = expect.containsKey("output") ? "output " + expect.get("output")
                    : "error " + expect.get("error") + " at " + expect.get("phase");
            String got = run((Map<String, String>) (Map<?, ?>) c.get("templates"),
                    (Map<String, Object>) javaValues(c.get("context")));
            boolean same = wanted.equals(got);
            if (python) {
                pythonTotal++;
                pythonAgreed += same ? 1 : 0;
            } else {
                total++;
                agreed += same ? 1 : 0;
                if (!same) {
                    differences.add(c.get("name") + ": Django " + wanted + " | kit " + got);
                }
            }
        }
        double share = (double) agreed / total;
        System.out.printf("Django conformance: %d of %d agree (%.1f%%); Python-printing cases: %d of %d%n",
                agreed, total, 100 * share, pythonAgreed, pythonTotal);
        differences.forEach(d -> System.out.println("  differs: " + d));
        assertTrue(cases.size() >= 500, "at least 500 cases");
        assertTrue(share >= FLOOR, String.format("%.3f of the cases agree, below %.2f", share, FLOOR));
    }

    /** The JSON context with its {"$datetime": ...} markers turned into java.time values. */
    @SuppressWarnings("unchecked")
    private static Object javaValues(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("$datetime")) {
                return java.time.LocalDateTime.parse((String) map.get("$datetime"));
            }
            if (map.size() == 1 && map.containsKey("$date")) {
                return java.time.LocalDate.parse((String) map.get("$date"));
            }
            if (map.size() == 1 && map.containsKey("$time")) {
                return java.time.LocalTime.parse((String) map.get("$time"));
            }
            Map<String, Object> converted = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> converted.put(k, javaValues(v)));
            return converted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DjangoConformanceTest::javaValues).toList();
        }
        return value;
    }

    private static String run(Map<String, String> templates, Map<String, Object> context) {
        Engine engine = Engine.builder().loader(Loader.fromMap(templates)).build();
        Template template;
        try {
            template = engine.getTemplate("main");
        } catch (TemplateDoesNotExist e) {
            return "error missing at load";
        } catch (TemplateError e) {
            return "error syntax at load";
        }
        try {
            return "output " + template.render(context);
        } catch (TemplateError e) {
            if (e.getCause() instanceof TemplateDoesNotExist) {
                return "error missing at render";
            }
            return "error " + (e instanceof TemplateSyntaxError ? "syntax" : "other") + " at render";
        } catch (RuntimeException e) {
            return "error other at render";
        }
    }

    /** Just enough JSON for the cases file: objects, arrays, strings, numbers, booleans and null. */
    private static final class MiniJson {
        private final String s;
        private int i;

        MiniJson(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    i++; // ':'
                    map.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return true;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return false;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.contains(".") || number.contains("e") || number.contains("E")) {
                return Double.parseDouble(number);
            }
            long n = Long.parseLong(number);
            return n == (int) n ? (Object) (int) n : (Object) n;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            i++;
            return out.toString();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
