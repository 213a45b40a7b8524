package org.mtvkit.demo.step01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which demo runs: the arguments are the module, whether it runs by default, -pl as given, and -Ddemo. */
class DemosTest {

    @Test
    @DisplayName("the module -Ddemo names runs, whatever -pl says")
    void namedRuns() {
        assertTrue(Demos.asked("step-01-servlet", false, "step-01-servlet", "step-01-servlet"));
        assertTrue(Demos.asked("step-01-servlet", false, "step-02-router", "step-01-servlet"));
    }

    @Test
    @DisplayName("a step below the one asked for stays quiet, named or not")
    void belowStaysQuiet() {
        assertFalse(Demos.asked("step-01-servlet", false, "step-02-router", null));
        assertFalse(Demos.asked("step-01-servlet", false, "step-02-router", "step-02-routr"));
        assertFalse(Demos.asked("step-05-mtv-app", true, "benchmarks", "benchmarks"));
    }

    @Test
    @DisplayName("the final app runs when no -Ddemo is given, with or without -pl")
    void finalAppByDefault() {
        assertTrue(Demos.asked("step-05-mtv-app", true, "step-05-mtv-app", null));
        assertTrue(Demos.asked("step-05-mtv-app", true, "", null));
    }

    @Test
    @DisplayName("the module asked for with no -Ddemo fails, showing the command that starts its demo")
    void missingNameFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Demos.asked("step-02-router", false, "step-02-router", null));
        assertEquals("No demo was named (-Ddemo). Start step-02-router's demo with: "
                + "mvn -q -pl step-02-router -am compile exec:java -Ddemo=step-02-router", e.getMessage());
    }

    @Test
    @DisplayName("a misspelled -Ddemo fails in the module asked for, however -pl spells it, and lists the demos")
    void misspelledNameFails() {
        for (String pl : new String[] {"step-02-router", "./step-02-router/", ":step-02-router", "org.mtvkit:step-02-router"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Demos.asked("step-02-router", false, pl, "step-02-routr"), pl);
            assertTrue(e.getMessage().startsWith("-Ddemo=step-02-routr names no demo of this build (the demos: "
                    + "step-01-servlet, step-02-router,"), e.getMessage());
            assertTrue(e.getMessage().endsWith("mvn -q -pl step-02-router -am compile exec:java -Ddemo=step-02-router"));
        }
    }

    @Test
    @DisplayName("a misspelled -Ddemo for the whole kit fails in the final app, whose command needs no -Ddemo")
    void misspelledForTheWholeKit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Demos.asked("step-05-mtv-app", true, "", "step-5"));
        assertTrue(e.getMessage().endsWith("with: mvn -q -pl step-05-mtv-app -am compile exec:java"), e.getMessage());
        assertFalse(Demos.asked("step-05-mtv-app", true, "", "step-02-router"), "another demo of the kit is no mistake");
    }
}
