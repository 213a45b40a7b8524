package org.mtvkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The listener in a real run of the JUnit Platform: a launcher of its own runs a small fixture class, with this
 * listener only, and the test reads what it printed.
 */
@DisplayName("FailuresInSentences names failing tests by their sentences, and says nothing when all pass")
class FailuresInSentencesTest {

    /** Set on the fixture's run only, so that the fixture's failing tests fail there and nowhere else. */
    private static final String FIXTURE_RUN = "org.mtvkit.testing.fixture-run";

    private static final String NL = System.lineSeparator();

    /** Runs the fixture class with a launcher of its own, and returns what the listener printed. */
    private static String run(Class<?> fixture) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // Only this listener: the one the services file names would print into Maven's console.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new FailuresInSentences(out))
                .build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(fixture))
                .configurationParameter(FIXTURE_RUN, "true")
                .build());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a failing test prints one line with its class's and its method's sentences and its message")
    void failingTest() {
        String printed = run(Fixture.class);
        assertTrue(printed.startsWith("Failed: A fixture with failures > a failing test's sentence: "
                + "what went wrong, in a sentence ==> expected: <1> but was: <2>" + NL), printed);
    }

    @Test
    @DisplayName("the failures are listed again in a block when the run ends, passing tests left out")
    void summaryBlock() {
        String printed = run(Fixture.class);
        String block = printed.substring(printed.indexOf("Failed, in sentences:"));
        assertEquals("Failed, in sentences:" + NL
                + "  A fixture with failures > a failing test's sentence: what went wrong, in a sentence"
                + " ==> expected: <1> but was: <2>" + NL
                + "  A fixture with failures > an error that is not an assertion:"
                + " IllegalStateException: the first line of the message" + NL
                + "  A fixture with failures > a parameterized test > with \"b\": not a ==> expected: <a> but was: <b>" + NL
                + "  A fixture with failures > a nested group > fails inside the group: inside" + NL, block);
        assertFalse(printed.contains("passes"), "a passing test prints nothing: " + printed);
    }

    @Test
    @DisplayName("a nested class and a parameterized test's invocation each add their sentence to the chain")
    void nestedAndParameterized() {
        String printed = run(Fixture.class);
        assertTrue(printed.contains("Failed: A fixture with failures > a nested group > fails inside the group: inside"
                + NL), printed);
        assertTrue(printed.contains("Failed: A fixture with failures > a parameterized test > with \"b\": not a ==> expected: <a> but "
                + "was: <b>" + NL),
                printed);
        assertFalse(printed.contains("with \"a\":"), "the passing invocation prints nothing: " + printed);
    }

    @Test
    @DisplayName("an exception that is not an assertion is named by its type, and only its message's first line is shown")
    void errorTypeAndFirstLine() {
        String printed = run(Fixture.class);
        assertTrue(printed.contains("> an error that is not an assertion: IllegalStateException: the first line of the"
                + " message" + NL), printed);
        assertFalse(printed.contains("the second line"), printed);
    }

    @Test
    @DisplayName("when every test passes it prints nothing at all, so a green build's output stays Maven's own")
    void allPass() {
        assertEquals("", run(Passing.class));
    }

    @Test
    @DisplayName("a failure before any test of a class runs (in @BeforeAll) is named by the class's sentence alone")
    void classFailure() {
        assertEquals("Failed: A fixture whose set-up fails: the database is not there" + NL
                + "Failed, in sentences:" + NL
                + "  A fixture whose set-up fails: the database is not there" + NL, run(BrokenSetUp.class));
    }

    @Test
    @DisplayName("the services file names it, so the JUnit Platform loads it in every module's test run")
    void registeredAsAService() {
        assertTrue(ServiceLoader.load(TestExecutionListener.class).stream()
                .anyMatch(p -> p.type() == FailuresInSentences.class),
                "META-INF/services/org.junit.platform.launcher.TestExecutionListener in step-01-servlet/src/testFixtures/"
                        + "resources names org.mtvkit.testing.FailuresInSentences");
    }

    /** True only in the runs this test starts; elsewhere (Maven, an IDE) the fixtures are skipped, never failing. */
    static boolean fixtureRun(ExtensionContext context) {
        return context.getConfigurationParameter(FIXTURE_RUN).isPresent();
    }

    @DisplayName("A fixture with failures")
    @EnabledIf("org.mtvkit.testing.FailuresInSentencesTest#fixtureRun")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)   // the order the block lists them in; nested classes last
    static class Fixture {
        @Test
        @Order(1)
        @DisplayName("passes")
        void passes() {
        }

        @Test
        @Order(2)
        @DisplayName("a failing test's sentence")
        void fails() {
            assertEquals(1, 2, "what went wrong, in a sentence");
        }

        @Test
        @Order(3)
        @DisplayName("an error that is not an assertion")
        void error() {
            throw new IllegalStateException("the first line of the message\nthe second line");
        }

        @Nested
        @DisplayName("a nested group")
        class Group {
            @Test
            @DisplayName("fails inside the group")
            void failsInside() {
                fail("inside");
            }
        }

        @ParameterizedTest(name = "with {0}")
        @Order(4)
        @DisplayName("a parameterized test")
        @ValueSource(strings = {"a", "b"})
        void parameterized(String value) {
            assertEquals("a", value, "not a");
        }
    }

    @DisplayName("A fixture whose set-up fails")
    @EnabledIf("org.mtvkit.testing.FailuresInSentencesTest#fixtureRun")
    static class BrokenSetUp {
        @BeforeAll
        static void setUp() {
            fail("the database is not there");
        }

        @Test
        void neverRuns() {
        }
    }

    @EnabledIf("org.mtvkit.testing.FailuresInSentencesTest#fixtureRun")
    static class Passing {
        @Test
        void passes() {
        }
    }
}
