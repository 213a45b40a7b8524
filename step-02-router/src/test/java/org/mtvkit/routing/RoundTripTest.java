package org.mtvkit.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Router#reverse} undoes {@link Router#resolve}, on {@link ReverseTest}'s routes. Apart from the
 * reverse tests since it needs the route table as well as the converters: in the learner's edition it is a test
 * of task 02-3, the reverse tests of task 02-2.
 */
class RoundTripTest {

    private final Router router = new ReverseTest().router;

    @Test
    @DisplayName("reverse(resolve(p)) gives p back, for every converter, a custom one, a regex and an include")
    void roundTrip() {
        for (String path : List.of("/", "/items/0/", "/items/2147483647/", "/hello/Ada/", "/articles/1999/a-b_c/",
                "/u/" + ReverseTest.ID + "/", "/files/x/y/z.txt", "/archive/0042/", "/old/2001/", "/de/polls/3/")) {
            ResolverMatch match = router.resolve(path).orElseThrow(() -> new AssertionError(path));
            assertEquals(path, router.reverse(match.viewName().orElseThrow(), match.kwargs().asMap()), path);
        }
    }

    @Test
    @DisplayName("reverse(resolve(p)) gives back the encoded form of a path with non-ASCII and reserved characters")
    void roundTripEncoded() {
        String decoded = "/hello/日本 ?#/";
        ResolverMatch match = router.resolve(decoded).orElseThrow();
        String reversed = router.reverse(match.viewName().orElseThrow(), match.kwargs().asMap());
        assertEquals(decoded, ReverseTest.decodePath(reversed));
        assertEquals(match.kwargs(), router.resolve(ReverseTest.decodePath(reversed)).orElseThrow().kwargs());
    }
}
