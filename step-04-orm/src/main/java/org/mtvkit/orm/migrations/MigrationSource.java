package org.mtvkit.orm.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where an app's migration files live: {@code <app>/migrations/NNNN_name.json}, either on the classpath
 * (read-only: how a built application finds them) or in a source folder (where makemigrations writes
 * them, and which the other commands read when told to).
 */
public sealed interface MigrationSource {

    /** The migration names of an app, sorted, without {@code .json}. */
    List<String> names(String app);

    String read(String app, String name);

    /** How messages name the file: {@code polls/migrations/0001_initial.json}, or its path on disk. */
    String describe(String app, String name);

    /** Writes a new migration file, returning how it is named; refused where files cannot be written. */
    String write(String app, String name, String text);

    static MigrationSource classpath(ClassLoader loader) {
        return new Classpath(loader);
    }

    /** A folder holding {@code <app>/migrations/}, e.g. {@code src/main/resources}. */
    static MigrationSource directory(Path root) {
        return new Directory(root);
    }

    private static boolean isMigrationFile(String fileName) {
        return fileName.endsWith(".json");
    }

    record Directory(Path root) implements MigrationSource {
        public List<String> names(String app) {
            Path folder = root.resolve(app).resolve("migrations");
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).filter(MigrationSource::isMigrationFile)
                        .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + folder, e);
            }
        }

        public String read(String app, String name) {
            try {
                return Files.readString(file(app, name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file(app, name), e);
            }
        }

        public String describe(String app, String name) {
            return file(app, name).toString();
        }

        public String write(String app, String name, String text) {
            Path file = file(app, name);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MigrationError("Cannot write " + file + ": " + e.getMessage());
            }
            return file.toString();
        }

        private Path file(String app, String name) {
            return root.resolve(app).resolve("migrations").resolve(name + ".json");
        }
    }

    record Classpath(ClassLoader loader) implements MigrationSource {
        public List<String> names(String app) {
            TreeSet<String> names = new TreeSet<>();
            try {
                for (URL url : Collections.list(loader.getResources(app + "/migrations"))) {
                    names.addAll(list(url));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + app + "/migrations on the classpath", e);
            }
            return List.copyOf(names);
        }

        // region: classpath-listing
        /** A classpath folder is a directory (target/classes) or a folder inside a jar; both list as paths. */
        private static List<String> list(URL url) throws IOException {
            try {
                URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    FileSystem jar;
                    try {
                        jar = FileSystems.getFileSystem(uri);
                    } catch (FileSystemNotFoundException notOpenYet) {
                        jar = FileSystems.newFileSystem(uri, java.util.Map.of());
                    }
                    return names(jar.provider().getPath(uri));
                }
                return names(Path.of(uri));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        // endregion

        private static List<String> names(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString().replace("/", ""))
                        .filter(MigrationSource::isMigrationFile).map(n -> n.substring(0, n.length() - 5)).toList();
            }
        }

        public String read(String app, String name) {
            try (InputStream in = Optional.ofNullable(loader.getResourceAsStream(describe(app, name)))
                    .orElseThrow(() -> new MigrationError("No migration " + describe(app, name) + " on the classpath."))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + describe(app, name), e);
            }
        }

        public String describe(String app, String name) {
            return app + "/migrations/" + name + ".json";
        }

        public String write(String app, String name, String text) {
            throw new MigrationError("Cannot write " + describe(app, name) + ": migrations on the classpath are"
                    + " read-only. Point makemigrations at the source folder (MIGRATIONS_DIR).");
        }
    }
}
