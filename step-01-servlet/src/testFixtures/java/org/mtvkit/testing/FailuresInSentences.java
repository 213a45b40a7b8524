package org.mtvkit.testing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints each failing test by its sentences, the display names it was given, where Maven's console shows only its
 * Java name ({@code DetailContractExerciseTest.form:73->ours:50->render:44}).
 *
 * <p>Surefire's own reporters name a test class by its {@code @DisplayName}, but a failing method by its Java name,
 * and they have no setting for that. The JUnit Platform, which runs the tests inside Surefire's JVM, lets anyone
 * listen to the run: a {@link TestExecutionListener} named in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} (in this folder's {@code resources},
 * which the parent pom adds to every module's tests) is found by Java's {@link java.util.ServiceLoader} and told of
 * every test as it ends. What the tests' JVM prints, Surefire forwards to Maven's console.
 *
 * <p>So, as a test fails, one line names it by the display names from its class down, and gives the first line of
 * its message:
 * <pre>
 * Failed: Exercise 03-detail-contract: the detail page (...) &gt; the question's text is the page's heading, escaped: there is no contract/detail.html yet (...)
 * </pre>
 * A nested class and a parameterized test's invocation each add their name to the chain. When the module's tests
 * have run, if any failed, a block lists the failures again, just above Surefire's own summary:
 * <pre>
 * Failed, in sentences:
 *   Exercise 03-detail-contract: the detail page (...) &gt; the question's text is the page's heading, escaped: there is no contract/detail.html yet (...)
 * </pre>
 * A passing test prints nothing, so a green build's output is Maven's own, line for line. The names are joined
 * with a plain {@code >}, as the break-it patches' {@code Test:} lines write them: a terminal in the C locale would
 * show a fancier arrow as {@code ?}.
 */
public final class FailuresInSentences implements TestExecutionListener {

    /** Between the names of a chain: a class, its nested class, its method, its invocation. */
    static final String SEPARATOR = " > ";

    private final Optional<PrintStream> out;
    private final List<String> failures = new ArrayList<>();
    private TestPlan plan;

    /** The one the JUnit Platform makes, from the services file: it prints to {@code System.out}. */
    public FailuresInSentences() {
        this.out = Optional.empty();
    }

    /** One that prints to {@code out}: for the listener's own test, which captures what it prints. */
    public FailuresInSentences(PrintStream out) {
        this.out = Optional.of(out);
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        failures.clear();
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.FAILED) {
            return;       // passed, or aborted by an assumption: Surefire's counts say enough
        }
        String failure = sentence(test) + ": " + message(result);
        failures.add(failure);
        print("Failed: " + failure);
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (failures.isEmpty()) {
            return;
        }
        StringBuilder block = new StringBuilder("Failed, in sentences:");
        for (String failure : failures) {
            block.append(System.lineSeparator()).append("  ").append(failure);
        }
        print(block.toString());
    }

    /**
     * The display names from the test's class down to the test: {@code Class > Nested > method > [1] invocation}.
     * The engine at the top ("JUnit Jupiter") is left out: every test has the same one.
     */
    String sentence(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        Optional<TestIdentifier> current = Optional.of(test);
        while (current.isPresent() && current.get().getParentIdObject().isPresent()) {
            names.add(0, current.get().getDisplayName());
            current = plan.getParent(current.get());
        }
        return names.isEmpty() ? test.getDisplayName() : String.join(SEPARATOR, names);
    }

    /**
     * The failure's message, first line only (the rest, and the stack trace, are in Surefire's report). An
     * assertion's message is the test's own sentence; any other exception is named too, because its type is
     * half of what went wrong ({@code NullPointerException: ...}).
     */
    static String message(TestExecutionResult result) {
        Optional<Throwable> thrown = result.getThrowable();
        if (thrown.isEmpty()) {
            return "(no exception)";
        }
        Throwable t = thrown.get();
        String text = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
        if (t instanceof AssertionError) {
            return text.isEmpty() ? t.getClass().getSimpleName() : text;
        }
        return text.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + text;
    }

    /** At print time, not at creation: Surefire may have swapped {@code System.out} for its own in between. */
    private void print(String text) {
        PrintStream stream = out.orElse(System.out);
        stream.println(text);
        stream.flush();
    }
}
