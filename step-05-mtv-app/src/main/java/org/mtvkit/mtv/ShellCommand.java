package org.mtvkit.mtv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * {@code shell}: JShell, the JDK's own REPL, with the project on its class path and, ready in variables,
 * the project ({@code project}) and its database ({@code db}) with the tables in place, as
 * {@code manage.py shell} in part 2 of Django's tutorial. Try
 * {@code db.objects(Question.class).list()}; {@code /exit} leaves.
 *
 * <p>JShell runs the snippets in a JVM of its own, so that JVM builds the project again, by calling the
 * entry point's {@code public static Project project(Settings)} with these same settings.
 */
final class ShellCommand implements Command {

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String help() {
        return "Starts JShell with the project, its database (db) and its models ready, as manage.py shell.";
    }

    // region: shell
    @Override
    public void run(CommandContext context, List<String> args) {
        Project project = context.project();
        Class<?> entry = project.entryPoint().orElseThrow(() -> new CommandError("shell needs to know how to build"
                + " the project: name the class with the project's public static Project project(Settings) method,"
                + " Project.builder(settings).entryPoint(Main.class)"));
        try {
            Path startup = Files.createTempFile("mtvkit-shell", ".jsh");
            try {
                Files.writeString(startup, startup(project, entry), StandardCharsets.UTF_8);
                List<String> options = List.of("--class-path", ClassPath.ofThisJvm(), "--startup", "DEFAULT",
                        "--startup", startup.toString(), "--feedback", "concise");
                JavaShellToolBuilder.builder()
                        .in(new ReaderInputStream(context.in()), null)
                        .out(context.out())
                        .start(options.toArray(String[]::new));
            } finally {
                Files.deleteIfExists(startup);
            }
        } catch (Exception e) {
            throw new CommandError("JShell could not start: " + e.getMessage(), e);
        }
    }

    /** The snippets that run first: the models' imports, then the project and its database. */
    static String startup(Project project, Class<?> entry) {
        Set<String> imports = new LinkedHashSet<>(List.of("org.mtvkit.orm.*", "org.mtvkit.mtv.*"));
        project.models().values().forEach(model -> imports.add(model.getPackageName() + ".*"));
        return imports.stream().map(p -> "import " + p + ";\n").collect(Collectors.joining())
                + "var project = " + entry.getName() + ".project(" + asJava(project.settings()) + ");\n"
                + "var db = project.database();\n"
                + "project.migrate();\n"
                + "System.out.println(\"The project is in 'project', its database in 'db', with "
                + String.join(", ", project.models().values().stream().map(Class::getSimpleName).toList())
                + ". Try db.objects(" + project.models().values().iterator().next().getSimpleName()
                + ".class).list(); /exit leaves.\");\n";
    }
    // endregion

    /** The settings as a Java expression, so the shell's JVM gets these and not its own environment's. */
    static String asJava(Settings s) {
        return "new org.mtvkit.mtv.Settings(" + s.port() + ", " + s.debug() + ", " + quote(s.databaseUrl()) + ", "
                + quote(s.templateEngine()) + ", java.util.List.of(" + s.allowedHosts().stream().map(ShellCommand::quote)
                .collect(Collectors.joining(", ")) + "), " + quote(s.xFrameOptions()) + ", " + s.contentTypeNosniff()
                + ", " + quote(s.referrerPolicy()) + ", " + s.serverThreads() + ", java.time.Duration.ofSeconds("
                + s.sessionCookieAge().toSeconds() + "), " + s.sessionCookieSecure() + ")";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** JShell reads bytes; the command's input is text. */
    private static final class ReaderInputStream extends InputStream {
        private final BufferedReader reader;
        private byte[] pending = new byte[0];
        private int next;

        ReaderInputStream(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            if (next == pending.length) {
                String line = reader.readLine();
                if (line == null) {
                    return -1;
                }
                pending = (line + "\n").getBytes(StandardCharsets.UTF_8);
                next = 0;
            }
            return pending[next++] & 0xff;
        }
    }
}
