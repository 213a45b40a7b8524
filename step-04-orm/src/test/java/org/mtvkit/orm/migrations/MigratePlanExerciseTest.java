package org.mtvkit.orm.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtvkit.orm.migrations.Versions.V1;
import org.mtvkit.orm.migrations.Versions.V2;

/** Chapter 4b, exercise 3: Django's {@code migrate --plan}, the steps printed and none of them run. */
@Tag("exercise")
@Tag("exercise-04b-migrate-plan")
@DisplayName("Exercise 04b-migrate-plan: Migrations.plan prints what migrate would do, and does none of it")
class MigratePlanExerciseTest {
    @TempDir
    Path folder;
    Workbench bench;
    Migrations v2;

    @BeforeEach
    void open() {
        bench = new Workbench(folder);
        bench.make(bench.polls(V1.Question.class));
        v2 = bench.polls(V2.Question.class);
        bench.make(v2); // 0001_initial, 0002_question_author
    }

    @AfterEach
    void close() {
        bench.close();
    }

    /** Migrations.plan(app, target, out), called by reflection so that the kit compiles before it exists. */
    private String plan(String... appAndTarget) {
        Method plan;
        try {
            plan = Migrations.class.getMethod("plan", Optional.class, Optional.class, PrintStream.class);
        } catch (NoSuchMethodException e) {
            return fail("Migrations has no plan(Optional<String> app, Optional<String> target, PrintStream out) yet: "
                    + "add it beside migrate, taking the same app and target, and print the steps of "
                    + "MigrationExecutor.plan instead of running them");
        }
        return Workbench.output(out -> {
            try {
                plan.invoke(v2, appAndTarget.length > 0 ? Optional.of(appAndTarget[0]) : Optional.empty(),
                        appAndTarget.length > 1 ? Optional.of(appAndTarget[1]) : Optional.empty(), out);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    @DisplayName("each pending migration is printed with its operations, as Django's migrate --plan prints them")
    void forwards() {
        assertEquals("Planned operations:\n"
                + "polls.0001_initial\n"
                + "    Create model Question\n"
                + "polls.0002_question_author\n"
                + "    Add field author to question\n", plan(),
                "plan() should print Django's format: 'Planned operations:', then each migration as app.name and each of"
                        + " its operations' describe(), indented by four spaces");
    }

    @Test
    @DisplayName("printing the plan runs nothing: no table, no record")
    void runsNothing() {
        plan();
        assertFalse(bench.hasColumn("question", "id"), "plan() created the question table: it must only print");
        assertTrue(bench.migrate(v2).contains("Applying polls.0001_initial"),
                "after plan(), migrate did not apply 0001_initial: plan() recorded it as applied, and must only print");
    }

    @Test
    @DisplayName("a migration to unapply is printed with Undo before each of its operations")
    void backwards() {
        bench.migrate(v2);
        assertEquals("Planned operations:\n"
                + "polls.0002_question_author\n"
                + "    Undo Add field author to question\n", plan("polls", "0001"),
                "going back to polls 0001, plan() should list 0002 with 'Undo ' before each operation, as Django does");
    }

    @Test
    @DisplayName("with nothing to do it says so")
    void nothingToDo() {
        bench.migrate(v2);
        assertEquals("Planned operations:\n  No planned migration operations.\n", plan(),
                "with every migration applied, plan() should print Django's '  No planned migration operations.'");
    }
}
