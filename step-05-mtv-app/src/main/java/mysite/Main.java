package mysite;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.contrib.admin.LogEntry;
import org.mtvkit.contrib.auth.ChangePasswordCommand;
import org.mtvkit.contrib.auth.CreateSuperuserCommand;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.contrib.sessions.SessionConfig;
import org.mtvkit.contrib.sessions.SessionMiddleware;
import org.mtvkit.contrib.sessions.SessionStore;
import org.mtvkit.contrib.sessions.StoredSession;
import org.mtvkit.mtv.CommandContext;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.ManagementUtility;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;
import org.mtvkit.routing.AccessLog;

/**
 * The project's entry point, Django's {@code manage.py}: builds the project, then runs the management
 * command its arguments name ({@code help} lists them), by default {@code runserver}, which checks the
 * project, creates any missing tables and loads the demo questions into an empty database.
 *
 * <p>Run it with {@code mvn -q -pl step-05-mtv-app -am compile exec:java}; pass a command with
 * {@code -Dexec.args="loaddata polls.json"}.
 */
public final class Main {

    /** The demo questions, bundled on the classpath. */
    static final String DEMO_FIXTURE = "polls/fixtures/demo.json";

    private Main() {
    }

    // region: installed-apps
    /** Django's {@code INSTALLED_APPS}: the project's apps, each with its models (tests build the project with them too). */
    public static Project.Builder installedApps(Project.Builder project) {
        return project.app("polls", Question.class, Choice.class)
                .app("auth", User.class)
                .app("sessions", StoredSession.class)
                .app("admin", LogEntry.class);
    }
    // endregion

    // region: project
    /** The polls project with these settings; {@code shell} calls it too, to build the project in JShell's JVM. */
    public static Project project(Settings settings) {
        return builder(settings).accessLog(AccessLog.slf4j()).build();
    }

    /** The project's description before it is built: the apps, the middleware, the commands and the URLconf. */
    public static Project.Builder builder(Settings settings) {
        return installedApps(Project.builder(settings))
                .middleware(db -> new SessionMiddleware(new SessionStore(db), SessionConfig.from(settings)))
                .command(new CreateSuperuserCommand())
                .command(new ChangePasswordCommand())
                .urls(RootUrls::urlpatterns)
                .initialData(DEMO_FIXTURE)
                .entryPoint(Main.class);
    }
    // endregion

    // region: main
    public static void main(String[] args) {
        if (!demoAsked()) {
            return;                                             // another demo was asked for (the benchmarks)
        }
        try {
            Settings settings = Settings.fromEnvironment(System.getenv());
            Project project = project(settings);
            try {
                CommandContext context = new CommandContext(project, System.out,
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.getenv());
                ManagementUtility.of(project).execute(context, args.length == 0 ? List.of("runserver") : List.of(args));
            } finally {
                project.database().close();              // a finished command leaves nothing running
            }
        } catch (CommandError | IllegalArgumentException e) {
            System.err.println("CommandError: " + e.getMessage());
            System.exit(1);
        }
    }
    // endregion

    // Which demo the build asked for, decided as step 1's Demos does (nothing may depend on the demos): the app runs
    // with no -Ddemo or its own name, stays quiet for another demo of the kit (the benchmarks'), and in the module
    // asked for (-pl, from the parent pom) refuses a misspelt name with the right command.
    private static boolean demoAsked() {
        String requested = System.getProperty("mtvkit.requested");
        String demo = System.getProperty("demo");
        if (requested == null || demo == null || demo.equals("step-05-mtv-app")) {
            return true;
        }
        String target = requested.trim().replaceAll("/+$", "").replaceAll(".*[/:]", "");
        boolean kitDemo = List.of("step-01-servlet", "step-02-router", "step-03-templates", "step-04-orm", "benchmarks")
                .contains(demo);
        if (kitDemo || !(target.equals("step-05-mtv-app") || target.isEmpty())) {
            return false;                                   // another demo, run by its own module
        }
        throw new IllegalArgumentException("-Ddemo=" + demo + " names no demo of this build. Start the polls app with: "
                + "mvn -q -pl step-05-mtv-app -am compile exec:java");
    }
}
