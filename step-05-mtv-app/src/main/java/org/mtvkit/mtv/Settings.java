package org.mtvkit.mtv;

import java.util.Locale;
import java.util.Map;

/**
 * The project's settings, read once from the environment, each with a default that works on a fresh
 * machine. Django keeps settings in a Python module; environment variables are the usual equivalent
 * for a Java service (and what the twelve-factor style recommends).
 *
 * @param port           {@code PORT}, default 8000
 * @param debug          {@code DEBUG}, default off; on shows the debug page and makes templates strict
 * @param databaseUrl    {@code DATABASE_URL}, default an H2 file under {@code ./data/}
 * @param templateEngine {@code TEMPLATE_ENGINE}: {@code django} (the kit's own engine, default) or {@code freemarker}
 */
public record Settings(int port, boolean debug, String databaseUrl, String templateEngine) {

    // region: durable-url
    /**
     * The default database: an H2 file, {@code ./data/polls.mv.db}. {@code WRITE_DELAY=0} makes H2 write
     * each commit to the file before the commit returns (its default writes within half a second, in the
     * background), so a vote that was answered survives the process being killed.
     */
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:./data/polls;WRITE_DELAY=0";
    // endregion

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, not " + port);
        }
        if (!templateEngine.equals("django") && !templateEngine.equals("freemarker")) {
            throw new IllegalArgumentException("TEMPLATE_ENGINE must be 'django' or 'freemarker', not '"
                    + templateEngine + "'");
        }
    }

    // region: from-environment
    /** Reads the settings from environment variables (pass {@code System.getenv()}). */
    public static Settings fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault("PORT", "8000");
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not '" + port + "'", e);
        }
        return new Settings(portNumber,
                flag(env.getOrDefault("DEBUG", "false")),
                env.getOrDefault("DATABASE_URL", DEFAULT_DATABASE_URL),
                env.getOrDefault("TEMPLATE_ENGINE", "django").toLowerCase(Locale.ROOT));
    }
    // endregion

    private static boolean flag(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new IllegalArgumentException("DEBUG must be true or false (or 1/0, yes/no, on/off), not '"
                    + value + "'");
        };
    }
}
