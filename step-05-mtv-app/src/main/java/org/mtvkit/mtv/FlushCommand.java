package org.mtvkit.mtv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code flush [--no-input]}: deletes every row of every model, after asking, as Django's {@code flush} does. */
final class FlushCommand implements Command {

    @Override
    public String name() {
        return "flush";
    }

    @Override
    public String help() {
        return "Deletes all data from the database (asks first, unless --no-input): flush [--no-input]";
    }

    @Override
    public void run(CommandContext context, List<String> args) {
        boolean ask = true;
        for (String arg : args) {
            if (arg.equals("--no-input") || arg.equals("--noinput")) {
                ask = false;
            } else {
                throw new CommandError("Unknown argument " + arg + " for flush; it takes only --no-input");
            }
        }
        if (ask && !confirmed(context)) {
            context.out().println("Flush cancelled.");
            return;
        }
        Project project = context.project();
        project.migrate();
        // Children before parents: a Choice row goes before the Question it points to.
        List<Class<?>> models = new ArrayList<>(project.models().values());
        Collections.reverse(models);
        project.database().atomic(() -> models.forEach(model -> project.database().objects(model).delete()));
        context.out().println("Deleted every row of " + String.join(", ", project.models().keySet()) + ".");
    }

    private static boolean confirmed(CommandContext context) {
        context.out().print("You have requested a flush of the database.\nThis will IRREVERSIBLY DESTROY all data"
                + " currently in the database,\nand return each table to an empty state.\nAre you sure you want to do"
                + " this?\n\n    Type 'yes' to continue, or 'no' to cancel: ");
        context.out().flush();
        try {
            String answer = context.in().readLine();
            return answer != null && answer.trim().equals("yes");
        } catch (IOException e) {
            throw new CommandError("Cannot read the answer: " + e.getMessage(), e);
        }
    }
}
