package org.mtvkit.contrib.auth;

import java.util.List;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.orm.Database;

/**
 * Django's {@code changepassword [username]}: asks for a new password twice, three attempts at most.
 * Without a username, it changes the password of the user named like the one running it ({@code USER}).
 */
public final class ChangePasswordCommand implements Command {

    static final int MAX_TRIES = 3;

    @Override
    public String name() {
        return "changepassword";
    }

    @Override
    public String help() {
        return "Changes a user's password: changepassword [username]";
    }

    // region: changepassword
    @Override
    public void run(CommandContext context, List<String> args) {
        Database db = context.project().database();
        String username = args.isEmpty() ? context.environment().getOrDefault("USER", "") : args.get(0);
        User user = new Auth(db).byUsername(username)
                .orElseThrow(() -> new CommandError("user '" + username + "' does not exist"));
        context.out().println("Changing password for user '" + username + "'");
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            String password = Prompts.ask(context, name(), "Password: ");
            String again = Prompts.ask(context, name(), "Password (again): ");
            if (!password.equals(again)) {
                context.out().println("Passwords do not match. Please try again.");
            } else if (password.isBlank()) {
                context.out().println("Blank passwords aren't allowed. Please try again.");
            } else {
                user.setPassword(password);
                db.save(user);
                context.out().println("Password changed successfully for user '" + username + "'");
                return;
            }
        }
        throw new CommandError("Aborting password change for user '" + username + "' after " + MAX_TRIES + " attempts");
    }
    // endregion
}
