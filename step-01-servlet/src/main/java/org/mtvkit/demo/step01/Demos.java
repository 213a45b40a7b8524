package org.mtvkit.demo.step01;

import java.util.List;

/**
 * Which demo a Maven build asked for. With {@code -am}, {@code exec:java} visits every module of the build, so each
 * step's {@code Main} first asks whether it is the demo named by {@code -Ddemo}. The module the build was asked for
 * ({@code -pl}, which the parent pom hands over as the system property {@code mtvkit.requested}) also refuses a
 * missing or misspelled name, with the right command, instead of letting the build end green with nothing started.
 *
 * <p>Steps 3 and 4 build on no other step, so their {@code Main}s carry the same few lines.
 */
public final class Demos {

    /** Every demo of the kit, by the module that has it. */
    public static final List<String> ALL = List.of("step-01-servlet", "step-02-router", "step-03-templates",
            "step-04-orm", "step-05-mtv-app", "benchmarks");

    private Demos() {
    }

    /**
     * Whether {@code module}'s demo should run now. Outside Maven (no {@code mtvkit.requested}) it always does.
     *
     * @param byDefault whether it runs when no {@code -Ddemo} is given (the final app's does)
     * @throws IllegalArgumentException when the build asked for {@code module} but named no demo, or one it lacks
     */
    public static boolean asked(String module, boolean byDefault) {
        String requested = System.getProperty("mtvkit.requested");
        return requested == null || asked(module, byDefault, requested, System.getProperty("demo"));
    }

    static boolean asked(String module, boolean byDefault, String requested, String demo) {
        if (demo == null ? byDefault : demo.equals(module)) {
            return true;
        }
        String target = moduleName(requested);
        boolean mine = target.equals(module) || (target.isEmpty() && byDefault && !ALL.contains(demo));
        if (!mine) {
            return false;                                       // a step below the one asked for: it stays quiet
        }
        String wrong = demo == null ? "No demo was named (-Ddemo)"
                : "-Ddemo=" + demo + " names no demo of this build (the demos: " + String.join(", ", ALL) + ")";
        throw new IllegalArgumentException(wrong + ". Start " + module + "'s demo with: " + command(module));
    }

    /** The command that starts a module's demo, as the README writes it. */
    public static String command(String module) {
        return "mvn -q -pl " + module + " -am compile exec:java"
                + (module.equals("step-05-mtv-app") ? "" : " -Ddemo=" + module);
    }

    // -pl takes a folder ("step-02-router", "./step-02-router/") or an id (":step-02-router"); "" for the whole kit.
    private static String moduleName(String requested) {
        String name = requested.trim().replaceAll("/+$", "");
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
    }
}
