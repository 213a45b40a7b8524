package org.mtvkit.contrib.auth;

import java.io.IOException;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;

/** Asking a question on a command's input. */
final class Prompts {

    private Prompts() {
    }

    /**
     * The answer to one prompt. Passwords are typed visibly: the command reads whatever stream it is given,
     * which is what lets a test drive it (Django uses getpass, which hides them in a terminal).
     */
    static String ask(CommandContext context, String command, String prompt) {
        context.out().print(prompt);
        context.out().flush();
        try {
            String line = context.in().readLine();
            if (line == null) {
                throw new CommandError(command + " needs answers on its input, and the input ended. Run it in a"
                        + " terminal, or non-interactively: createsuperuser --no-input --username <name> with the"
                        + " password in DJANGO_SUPERUSER_PASSWORD");
            }
            return line;
        } catch (IOException e) {
            throw new CommandError(command + " could not read its input: " + e.getMessage(), e);
        }
    }
}
