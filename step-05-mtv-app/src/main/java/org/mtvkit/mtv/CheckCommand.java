package org.mtvkit.mtv;

import java.util.ArrayList;
import java.util.List;
import org.mtvkit.mtv.migrations.MigrationCommands;
import org.mtvkit.routing.NamedRoute;

/**
 * {@code check}, Django's system checks: compiles every template of the project, reverses every named route
 * that takes no arguments, and reports every problem at once, each with its file and line, so that a typo fails the start instead of the first request that
 * renders the page.
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String help() {
        return "Compiles every template, reverses every route without arguments, reports every problem at once (runserver runs it first).";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        failOnProblems(context.project());
        MigrationCommands.warnings(context.project(), context.project().appModels(), context.environment())
                .forEach(context.out()::println);
        context.out().println("System check identified no issues (0 silenced).");
    }

    // region: check
    /**
     * Every problem the checks find, each on one line: {@code polls/detail.html: ...} for a template that
     * does not compile, {@code url 'polls:index' (...): ...} for a named route without parameters that does
     * not reverse.
     */
    static List<String> problems(Project project) {
        List<String> problems = new ArrayList<>();
        for (String template : project.templateNames()) {
            try {
                project.compileTemplate(template);
            } catch (RuntimeException e) {
                problems.add(template + ": " + e.getMessage());
            }
        }
        for (NamedRoute route : project.router().namedRoutes()) {
            if (route.parameters().isEmpty()) {
                try {
                    project.router().reverse(route.name());
                } catch (RuntimeException e) {
                    problems.add("url '" + route.name() + "' (" + route.route() + "): " + e.getMessage());
                }
            }
        }
        return problems;
    }

    static void failOnProblems(Project project) {
        List<String> problems = problems(project);
        if (!problems.isEmpty()) {
            throw new CommandError("System check identified some issues:\n\nERRORS:\n" + String.join("\n", problems)
                    + "\n\nSystem check identified " + problems.size() + " issue" + (problems.size() == 1 ? "" : "s")
                    + " (0 silenced).");
        }
    }
    // endregion
}
