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

    private static final String MODULE = "step-03-templates";

    /** Public so that FreeMarker, which reads only public types, can read it too. */
    public record Question(String text, int votes) {
    }

    private static final String TEMPLATES = "org/mtvkit/demo/step03/templates";

    private Main() {
    }

    public static void main(String[] args) {
        if (!asked()) {
            return;                                             // another step's demo was asked for
        }
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

    // Which demo the build asked for, as step 1's Demos decides it (this step builds on no other): the module named
    // by -pl refuses a missing or misspelled -Ddemo with the right command, instead of ending green with nothing run.
    private static boolean asked() {
        String requested = System.getProperty("mtvkit.requested");
        String demo = System.getProperty("demo");
        if (requested == null || MODULE.equals(demo)) {
            return true;                                        // outside Maven, or named
        }
        if (!requested.trim().replaceAll("/+$", "").replaceAll(".*[/:]", "").equals(MODULE)) {
            return false;                                       // a step below the one asked for: it stays quiet
        }
        throw new IllegalArgumentException((demo == null ? "No demo was named (-Ddemo)" : "-Ddemo=" + demo
                + " names no demo of this build") + ". Start " + MODULE + "'s demo with: mvn -q -pl " + MODULE
                + " -am compile exec:java -Ddemo=" + MODULE);
    }
}
