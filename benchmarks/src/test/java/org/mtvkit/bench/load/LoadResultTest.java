package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoadResultTest {

    private final LoadResult run = new LoadResult(2_000, 0, 500, 2.0, 1.5, 4.0, List.of());

    @Test
    @DisplayName("a run the generator measured alone says nothing of the site's CPU time or bytes")
    void generatorAloneMeasuresNoSiteCost() {
        assertTrue(Double.isNaN(run.cpuMicrosPerRequest()));
        assertTrue(Double.isNaN(run.bytesPerRequest()));
    }

    @Test
    @DisplayName("the site's CPU time and bytes allocated during a run are divided by its requests, the CPU in microseconds")
    void siteCostIsPerRequest() {
        LoadResult costed = run.withSiteCost(150_000_000L, 80_000_000L);
        assertEquals(75.0, costed.cpuMicrosPerRequest(), 1e-9);
        assertEquals(40_000.0, costed.bytesPerRequest(), 1e-9);
        assertEquals(run.requests(), costed.requests());
        assertEquals(run.throughput(), costed.throughput(), 1e-9);
    }

    @Test
    @DisplayName("a cost the site's JVM could not tell, or a run without requests, is not measured")
    void unknownCostIsNaN() {
        LoadResult unknown = run.withSiteCost(0, -1);
        assertTrue(Double.isNaN(unknown.cpuMicrosPerRequest()));
        assertTrue(Double.isNaN(unknown.bytesPerRequest()));
        LoadResult empty = LoadResult.NONE.withSiteCost(1_000, 1_000);
        assertTrue(Double.isNaN(empty.cpuMicrosPerRequest()));
        assertTrue(Double.isNaN(empty.bytesPerRequest()));
    }
}
