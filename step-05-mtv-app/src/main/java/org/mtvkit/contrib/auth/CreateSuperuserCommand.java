package org.mtvkit.contrib.auth;

import java.util.List;
import java.util.Optional;
import org.mtvkit.mtv.Command;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;

/**
 * Django's {@code createsuperuser}: asks for a username and a password (twice), or with
 * {@code --no-input} takes the username from {@code --username} (or {@code DJANGO_SUPERUSER_USERNAME})
 * and the password from {@code DJANGO_SUPERUSER_PASSWORD}, leaving the password unusable when that is
 * not set, as Django does.
 */
public final class CreateSuperuserCommand implements Command {

    @Override
    public String name() {
        return "createsuperuser";
    }

    @Override
    public String help() {
        return "Creates a user who may do everything: createsuperuser [--username <name>] [--no-input]";
    }

    // region: createsuperuser
    @Override
    public void run(CommandContext context, List<String> args) {
        Auth auth = new Auth(context.project().database());
        boolean interactive = !(args.contains("--no-input") || args.contains("--noinput"));
        Optional<String> username = option(args, "--username")
                .or(() -> Optional.ofNullable(context.environment().get("DJANGO_SUPERUSER_USERNAME")));
        if (!interactive) {
            String name = username.filter(u -> !u.isBlank()).orElseThrow(() ->
                    new CommandError("You must use --username with --noinput."));
            if (auth.byUsername(name).isPresent()) {
                throw new CommandError("Error: That username is already taken.");
            }
            auth.createSuperuser(name, Optional.ofNullable(context.environment().get("DJANGO_SUPERUSER_PASSWORD")));
        } else {
            Optional<String> given = username;
            String name;
            while (true) {
                name = given.isPresent() ? given.get().strip() : Prompts.ask(context, name(), "Username: ").strip();
                given = Optional.empty();
                if (name.isEmpty()) {
                    context.out().println("Error: This field cannot be blank.");
                } else if (auth.byUsername(name).isPresent()) {
                    context.out().println("Error: That username is already taken.");
                } else {
                    break;
                }
            }
            auth.createSuperuser(name, Optional.of(askPassword(context)));
        }
        context.out().println("Superuser created successfully.");
    }
    // endregion

    private String askPassword(CommandContext context) {
        while (true) {
            String password = Prompts.ask(context, name(), "Password: ");
            String again = Prompts.ask(context, name(), "Password (again): ");
            if (!password.equals(again)) {
                context.out().println("Error: Your passwords didn't match.");
            } else if (password.isBlank()) {
                context.out().println("Error: Blank passwords aren't allowed.");
            } else {
                return password;
            }
        }
    }

    /** The value after {@code --name}, or in {@code --name=value}. */
    static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new CommandError(name + " needs a value: " + name + " <value>");
                }
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(name + "=")) {
                return Optional.of(args.get(i).substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }
}
