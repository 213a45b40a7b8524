package org.mtvkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterBenchTest {

    @ParameterizedTest(name = "{0} routes, {1} path: {2}")
    @CsvSource({
        "10, first, route0", "10, last, route9", "10, missing, ''",
        "1000, first, route0", "1000, last, route999", "1000, missing, ''"})
    @DisplayName("the kit's router, the hash lookup and the regex scan all find the same route, or none")
    void allThreeAgree(int routes, String position, String expected) {
        RouterBench bench = new RouterBench();
        bench.routes = routes;
        bench.position = position;
        bench.setUp();
        Optional<String> want = expected.isEmpty() ? Optional.empty() : Optional.of(expected);
        assertEquals(want, bench.kitRouter());
        assertEquals(want, bench.hashLookup());
        assertEquals(want, bench.regexScan());
    }
}
