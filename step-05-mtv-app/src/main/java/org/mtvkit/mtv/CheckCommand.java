package org.mtvkit.mtv;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code check}, Django's system checks: compiles every template of the project and reports every problem
 * at once, each with its file and line, so that a typo fails the start instead of the first request that
 * renders the page.
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String help() {
        return "Compiles every template and reports every problem at once (runserver runs it first).";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        failOnProblems(context.project());
        context.out().println("System check identified no issues (0 silenced).");
    }

    // region: check
    /** Every problem the checks find, each on one line: {@code templates/polls/detail.html: ...}. */
    static List<String> problems(Project project) {
        List<String> problems = new ArrayList<>();
        for (String template : project.templateNames()) {
            try {
                project.compileTemplate(template);
            } catch (RuntimeException e) {
                problems.add(template + ": " + e.getMessage());
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
