package mysite;

import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.mtv.CommandError;
import org.mtvkit.mtv.Project;
import org.mtvkit.mtv.Settings;

/**
 * The project's entry point, Django's {@code manage.py}: {@code migrate}, {@code loaddata <file>}, or,
 * by default, {@code runserver}, which first creates any missing tables and loads the demo questions
 * into an empty database.
 *
 * <p>Run it with {@code mvn -q -pl step-05-mtv-app -am compile exec:java}; pass a command with
 * {@code -Dexec.args="loaddata polls.json"}.
 */
public final class Main {

    /** The demo questions, bundled on the classpath. */
    static final String DEMO_FIXTURE = "polls/fixtures/demo.json";

    private Main() {
    }

    // region: project
    static Project project(Settings settings) {
        return Project.builder(settings)
                .app("polls", Question.class, Choice.class)
                .urls(RootUrls::urlpatterns)
                .accessLog(System.out::println)
                .build();
    }
    // endregion

    // region: main
    public static void main(String[] args) {
        try {
            Settings settings = Settings.fromEnvironment(System.getenv());
            Project project = project(settings);
            if (args.length == 0 || args[0].equals("runserver")) {
                project.migrate();
                if (project.database().objects(Question.class).count() == 0) {
                    int loaded = project.loadData(DEMO_FIXTURE);
                    System.out.println("The database was empty: loaded " + loaded + " demo objects.");
                }
            }
            if (project.execute(System.out, args).isEmpty()) {
                project.database().close();              // a finished command leaves nothing running
            }
        } catch (CommandError | IllegalArgumentException e) {
            System.err.println("CommandError: " + e.getMessage());
            System.exit(1);
        }
    }
    // endregion
}
