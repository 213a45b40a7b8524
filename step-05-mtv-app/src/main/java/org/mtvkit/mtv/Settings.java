package org.mtvkit.mtv;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's settings, read once from the environment, each with a default that works on a fresh
 * machine. Django keeps settings in a Python module; environment variables are the usual equivalent
 * for a Java service (and what the twelve-factor style recommends). Where Django has a setting of the
 * same meaning, the variable has its name.
 *
 * @param port               {@code PORT}, default 8000
 * @param debug              {@code DEBUG}, default off; on shows the debug page and makes templates strict
 * @param databaseUrl        {@code DATABASE_URL}, default an H2 file under {@code ./data/}
 * @param templateEngine     {@code TEMPLATE_ENGINE}: {@code django} (the kit's own engine, default) or {@code freemarker}
 * @param allowedHosts       {@code ALLOWED_HOSTS}, comma-separated: the host names this site answers to; a name
 *                           starting with {@code .} matches its subdomains too, {@code *} matches any. Default
 *                           {@code .localhost, 127.0.0.1, [::1]}, Django's list for DEBUG with none set
 * @param xFrameOptions      {@code X_FRAME_OPTIONS}: {@code DENY} (default), {@code SAMEORIGIN}, or empty for no header
 * @param contentTypeNosniff {@code SECURE_CONTENT_TYPE_NOSNIFF}, default on: {@code X-Content-Type-Options: nosniff}
 * @param referrerPolicy     {@code SECURE_REFERRER_POLICY}, default {@code same-origin}; empty for no header
 * @param serverThreads      {@code SERVER_THREADS}, default 50: the server's threads, and as many database
 *                           connections, so that no request ever waits for a connection
 * @param sessionCookieAge   {@code SESSION_COOKIE_AGE}, in seconds, default two weeks (1209600): how long a session lives
 * @param sessionCookieSecure {@code SESSION_COOKIE_SECURE}, default off so that the development server works over
 *                           plain HTTP; on, the session cookie is sent only over HTTPS (turn it on in production)
 */
public record Settings(int port, boolean debug, String databaseUrl, String templateEngine, List<String> allowedHosts,
                       String xFrameOptions, boolean contentTypeNosniff, String referrerPolicy, int serverThreads,
                       Duration sessionCookieAge, boolean sessionCookieSecure) {

    // region: durable-url
    /**
     * The default database: an H2 file, {@code ./data/polls.mv.db}. {@code WRITE_DELAY=0} makes H2 write
     * each commit to the file before the commit returns (its default writes within half a second, in the
     * background), so a vote that was answered survives the process being killed. {@code DB_CLOSE_ON_EXIT=FALSE}
     * leaves the closing to the kit: on CONTROL-C, {@code runserver} first finishes the requests in flight,
     * then closes the database (H2's own exit hook would close it under them).
     */
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:./data/polls;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    // endregion

    /** Django's hosts for DEBUG with an empty {@code ALLOWED_HOSTS}: this machine, by any of its names. */
    public static final List<String> DEFAULT_ALLOWED_HOSTS = List.of(".localhost", "127.0.0.1", "[::1]");

    public static final int DEFAULT_SERVER_THREADS = 50;

    /** Django's {@code SESSION_COOKIE_AGE}: two weeks. */
    public static final Duration DEFAULT_SESSION_COOKIE_AGE = Duration.ofDays(14);

    private static final Set<String> REFERRER_POLICIES = Set.of("no-referrer", "no-referrer-when-downgrade", "origin",
            "origin-when-cross-origin", "same-origin", "strict-origin", "strict-origin-when-cross-origin", "unsafe-url");

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, not " + port);
        }
        if (!templateEngine.equals("django") && !templateEngine.equals("freemarker")) {
            throw new IllegalArgumentException("TEMPLATE_ENGINE must be 'django' or 'freemarker', not '"
                    + templateEngine + "'");
        }
        allowedHosts = List.copyOf(allowedHosts);
        if (!xFrameOptions.isEmpty() && !xFrameOptions.equals("DENY") && !xFrameOptions.equals("SAMEORIGIN")) {
            throw new IllegalArgumentException("X_FRAME_OPTIONS must be DENY, SAMEORIGIN or empty (no header), not '"
                    + xFrameOptions + "'");
        }
        for (String policy : referrerPolicy.split(",")) {
            if (!referrerPolicy.isEmpty() && !REFERRER_POLICIES.contains(policy.trim())) {
                throw new IllegalArgumentException("SECURE_REFERRER_POLICY must be one of " + REFERRER_POLICIES.stream()
                        .sorted().toList() + " (or several, comma-separated, or empty for no header), not '" + policy.trim() + "'");
            }
        }
        if (serverThreads < 8) {
            throw new IllegalArgumentException("SERVER_THREADS must be at least 8 (Jetty keeps a few for itself), not "
                    + serverThreads);
        }
        if (sessionCookieAge.isNegative() || sessionCookieAge.isZero()) {
            throw new IllegalArgumentException("SESSION_COOKIE_AGE must be a positive number of seconds, like 1209600"
                    + " (two weeks), not " + sessionCookieAge.toSeconds());
        }
    }

    /** The given four, and the defaults for the rest: what tests and small tools need. */
    public Settings(int port, boolean debug, String databaseUrl, String templateEngine) {
        this(port, debug, databaseUrl, templateEngine, DEFAULT_ALLOWED_HOSTS, "DENY", true, "same-origin",
                DEFAULT_SERVER_THREADS, DEFAULT_SESSION_COOKIE_AGE, false);
    }

    public Settings withAllowedHosts(List<String> hosts) {
        return new Settings(port, debug, databaseUrl, templateEngine, hosts, xFrameOptions, contentTypeNosniff,
                referrerPolicy, serverThreads, sessionCookieAge, sessionCookieSecure);
    }

    public Settings withServerThreads(int threads) {
        return new Settings(port, debug, databaseUrl, templateEngine, allowedHosts, xFrameOptions, contentTypeNosniff,
                referrerPolicy, threads, sessionCookieAge, sessionCookieSecure);
    }

    public Settings withSessionCookie(Duration age, boolean secure) {
        return new Settings(port, debug, databaseUrl, templateEngine, allowedHosts, xFrameOptions, contentTypeNosniff,
                referrerPolicy, serverThreads, age, secure);
    }

    // region: from-environment
    /** Reads the settings from environment variables (pass {@code System.getenv()}). */
    public static Settings fromEnvironment(Map<String, String> env) {
        String hosts = env.getOrDefault("ALLOWED_HOSTS", "").trim();
        return new Settings(number(env, "PORT", 8000),
                flag(env, "DEBUG", false),
                env.getOrDefault("DATABASE_URL", DEFAULT_DATABASE_URL),
                env.getOrDefault("TEMPLATE_ENGINE", "django").toLowerCase(Locale.ROOT),
                hosts.isEmpty() ? DEFAULT_ALLOWED_HOSTS
                        : Arrays.stream(hosts.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList(),
                env.getOrDefault("X_FRAME_OPTIONS", "DENY").trim().toUpperCase(Locale.ROOT),
                flag(env, "SECURE_CONTENT_TYPE_NOSNIFF", true),
                env.getOrDefault("SECURE_REFERRER_POLICY", "same-origin").trim().toLowerCase(Locale.ROOT),
                number(env, "SERVER_THREADS", DEFAULT_SERVER_THREADS),
                sessionCookieAge(env),
                flag(env, "SESSION_COOKIE_SECURE", false));
    }
    // endregion

    private static int number(Map<String, String> env, String name, int byDefault) {
        String value = env.getOrDefault(name, String.valueOf(byDefault));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
        }
    }

    private static Duration sessionCookieAge(Map<String, String> env) {
        String value = env.getOrDefault("SESSION_COOKIE_AGE", String.valueOf(DEFAULT_SESSION_COOKIE_AGE.toSeconds()));
        try {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SESSION_COOKIE_AGE must be a number of seconds, like 1209600 (two weeks),"
                    + " not '" + value + "'", e);
        }
    }

    private static boolean flag(Map<String, String> env, String name, boolean byDefault) {
        String value = env.getOrDefault(name, String.valueOf(byDefault));
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false (or 1/0, yes/no, on/off), not '"
                    + value + "'");
        };
    }
}
