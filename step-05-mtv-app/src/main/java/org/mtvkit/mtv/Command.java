package org.mtvkit.mtv;

import java.util.List;

/**
 * A management command, Django's {@code BaseCommand}: one class per command, registered by name in the
 * project's command registry, listed with its help text by {@code help}.
 */
public interface Command {

    /** The name typed after {@code manage}: {@code migrate}, {@code createsuperuser}. */
    String name();

    /** One line, shown by {@code help}. */
    String help();

    /**
     * Runs the command with the words that followed its name.
     *
     * @throws CommandError with a message that says what was wrong and what to do
     */
    void run(CommandContext context, List<String> args);
}
