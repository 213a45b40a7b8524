package org.mtvkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    @DisplayName("quick mode measures 10 and 1,000 routes; full mode adds 100")
    void modesChooseTheRouteCounts() {
        assertEquals(List.of("10", "1000"), Main.RunMode.named("quick").routeCounts());
        assertEquals(List.of("10", "100", "1000"), Main.RunMode.named("full").routeCounts());
    }

    @Test
    @DisplayName("the full mode measures the ORM in three JVMs each, the quick mode in one")
    void fullModeForksTheOrmThreeTimes() {
        assertEquals(1, Main.RunMode.named("quick").ormForks());
        assertEquals(3, Main.RunMode.named("full").ormForks());
    }

    @Test
    @DisplayName("an unknown mode is refused, naming the modes there are")
    void unknownModeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.RunMode.named("fast"));
        assertEquals("unknown mode 'fast': use quick or full", e.getMessage());
    }

    @Test
    @DisplayName("an unknown group is refused before anything runs, naming the groups there are")
    void unknownGroupIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Main.main(new String[] {"quick", "database"}));
        assertEquals("unknown group 'database': use router, templates, orm, load or django", e.getMessage());
    }

    @Test
    @DisplayName("asking for a figure the run did not measure names the method and its parameters")
    void missingScoreIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Scores(List.of()).of("kitRouter", Map.of("routes", "10")));
        assertEquals("no result for kitRouter {routes=10} in this run", e.getMessage());
    }

    @Test
    @DisplayName("the machine line names the cores and the JDK")
    void machineIsDescribed() {
        String text = Machine.describe();
        assertTrue(text.contains(Runtime.getRuntime().availableProcessors() + " cores available"), text);
        assertTrue(text.contains(System.getProperty("java.runtime.version")), text);
    }
}
