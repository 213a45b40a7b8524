package org.mtvkit.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mtvkit.mtv.Json;

/**
 * Our form fields clean, and our forms render, exactly as Django 3.2's do, for every case in
 * {@code forms.json} (written by {@code conformance/django_forms.py}, which ran Django itself).
 */
class FormsConformanceTest {

    static final List<Choice> COLORS = List.of(new Choice("r", "Red"), new Choice("g", "Green"),
            new Choice("<b>", "Bold & <i>"));

    /** The fields of the generator's FIELDS, under the same names. */
    static final Map<String, Supplier<Field<?>>> FIELDS = Map.ofEntries(
            Map.entry("char", () -> new CharField().maxLength(5).minLength(2)),
            Map.entry("char_optional", () -> new CharField().required(false)),
            Map.entry("integer", () -> new IntegerField().minValue(-10).maxValue(100)),
            Map.entry("integer_optional", () -> new IntegerField().required(false)),
            Map.entry("decimal", () -> new DecimalField().maxDigits(5).decimalPlaces(2)),
            Map.entry("decimal_bounds", () -> new DecimalField().minValue(BigDecimal.ZERO).maxValue(BigDecimal.TEN)),
            Map.entry("boolean", () -> new BooleanField().required(false)),
            Map.entry("boolean_required", BooleanField::new),
            Map.entry("choice", () -> new ChoiceField(COLORS)),
            Map.entry("multiple", () -> new MultipleChoiceField(COLORS)),
            Map.entry("date", DateField::new),
            Map.entry("datetime", DateTimeField::new),
            Map.entry("email", EmailField::new),
            Map.entry("url", UrlField::new));

    /** The generator's Profile form. */
    static final class Profile extends Form {
        Profile() {
            declare();
        }

        Profile(FormData data) {
            super(data);
            declare();
        }

        private void declare() {
            field("subject", new CharField().maxLength(100)).helpText("Short and sweet");
            field("age", new IntegerField().minValue(0)).required(false).initial(3);
            field("price", new DecimalField().maxDigits(5).decimalPlaces(2)).required(false);
            field("color", new ChoiceField(COLORS));
            field("tags", new MultipleChoiceField(COLORS));
            field("ok", new BooleanField()).required(false);
            field("when", new DateField()).initial(LocalDate.of(2020, 1, 2));
            field("email", new EmailField()).label("Your e-mail?");
            field("site", new UrlField()).required(false);
        }

        @Override
        protected void clean() {
            if (cleaned("subject", String.class).orElse("").equals("spam")) {
                throw new ValidationError("No <spam>, thanks.");
            }
        }
    }

    static final class OneField extends Form {
        OneField(Field<?> field, FormData data) {
            super(data);
            field("f", field);
        }
    }

    static Map<String, Object> suite;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        try (InputStream in = FormsConformanceTest.class.getResourceAsStream("/conformance/forms.json")) {
            suite = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "forms.json");
        }
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    List<DynamicTest> everyFieldCleansAsDjangosDoes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object c : (List<Object>) suite.get("fields")) {
            Map<String, Object> expected = (Map<String, Object>) c;
            String name = (String) expected.get("field");
            Object input = expected.get("input");
            List<String> values = input == Json.NULL ? null : ((List<Object>) input).stream().map(String.class::cast).toList();
            Map<String, Object> result = (Map<String, Object>) expected.get("result");
            String title = name + " <- " + (values == null ? "(absent)" : values.toString()
                    .replace("\0", "\\0")).substring(0, Math.min(60, values == null ? 8 : values.toString().length()));
            tests.add(DynamicTest.dynamicTest(title, () -> {
                FormData data = values == null ? FormData.empty() : FormData.of(Map.of("f", values));
                OneField form = new OneField(FIELDS.get(name).get(), data);
                if (result.containsKey("value")) {
                    assertEquals(List.of(), form.errors().getOrDefault("f", List.of()), "errors");
                    Object want = result.get("value");
                    assertEquals(want == Json.NULL ? null : want, shown(form.cleanedData().get("f")));
                } else {
                    assertEquals(result.get("errors"), form.errors().get("f"));
                }
            }));
        }
        assertTrue(tests.size() >= 170, "the suite is the one Django wrote");
        return tests;
    }

    /** A cleaned value as the generator writes it (Python's str(), isoformat() for dates). */
    static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime time) {
            String text = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(time);
            return time.getNano() == 0 ? text : text + String.format(".%06d", time.getNano() / 1000);
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String render(String name) {
        return (String) ((Map<?, ?>) suite.get("renders")).get(name);
    }

    @Test
    @DisplayName("an unbound form renders as Django's as_p(), initial values included")
    void unbound() {
        assertEquals(render("unbound"), new Profile().asP().html());
    }

    @Test
    @DisplayName("a bound form with hostile values renders them escaped, with each field's errors above it")
    void hostile() {
        FormData data = FormData.of(Map.of("subject", List.of("<b>x</b> \"q\""), "age", List.of("-1"),
                "color", List.of("<b>"), "tags", List.of("r", "g"), "ok", List.of("on"), "when", List.of("2020-01-02"),
                "email", List.of("bad"), "site", List.of("javascript:x")));
        assertEquals(render("hostile"), new Profile(data).asP().html());
    }

    @Test
    @DisplayName("an error from clean() renders above the form, escaped")
    void nonFieldError() {
        FormData data = FormData.of(Map.of("subject", List.of("spam"), "color", List.of("r"), "tags", List.of("r"),
                "when", List.of("2020-01-02"), "email", List.of("a@example.com")));
        Profile form = new Profile(data);
        assertEquals(List.of("No <spam>, thanks."), form.nonFieldErrors());
        assertEquals(render("spam"), form.asP().html());
    }

    @Test
    @DisplayName("a form bound to no data at all shows every required field's error")
    void empty() {
        assertEquals(render("empty"), new Profile(FormData.empty()).asP().html());
    }
}
