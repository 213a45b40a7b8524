package org.mtvkit.demo.step03;

import java.util.List;
import java.util.Map;
import org.mtvkit.template.Engine;
import org.mtvkit.template.TemplateError;
import org.mtvkit.template.TemplateHooks;
import org.mtvkit.template.freemarker.FreeMarkerEngine;

/**
 * Step 3's demo: one page rendered by our engine and by FreeMarker from the same data, then the error a
 * template with a mistake gives.
 */
public final class Main {

    /** Public so that FreeMarker, which reads only public types, can read it too. */
    public record Question(String text, int votes) {
    }

    private static final String TEMPLATES = "org/mtvkit/demo/step03/templates";

    private Main() {
    }

    public static void main(String[] args) {
        // region: demo
        Engine engine = Engine.builder().classpath(TEMPLATES).strict(true).build();
        Map<String, Object> context = Map.of("questions", List.of(
                new Question("What's new?", 3),
                new Question("<script>alert('hi')</script>", 1)));

        String ours = engine.render("index.html", context);
        System.out.println("== Our engine: index.html, which extends base.html ==");
        System.out.println(ours);

        String theirs = new FreeMarkerEngine(TEMPLATES, TemplateHooks.none()).render("index.ftlh", context);
        System.out.println("== FreeMarker: index.ftlh, same data ==");
        System.out.println(theirs);
        System.out.println("== Same text from both engines: " + ours.equals(theirs) + " ==");

        System.out.println();
        System.out.println("== A template with a mistake ==");
        try {
            String broken = "<ul>\n{% for q in questions %}\n  <li>{{ q.text }}</li>\n{% endif %}\n</ul>";
            engine.fromString("broken.html", broken);
        } catch (TemplateError e) {
            System.out.println(e.getMessage());
            System.out.print(e.sourceExcerpt(2));
        }
        // endregion
    }
}
