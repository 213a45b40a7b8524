package org.mtvkit.mtv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the files under a class-path folder, in a directory while developing and in a jar once packaged. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /** Every file under {@code folder} whose name ends with {@code suffix}, relative to it, sorted. */
    static List<String> list(ClassLoader loader, String folder, String suffix) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(folder))) {
                if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                                .filter(n -> n.endsWith(suffix)).forEach(names::add);
                    }
                } else if (root.openConnection() instanceof JarURLConnection jar) {
                    try (JarFile file = jar.getJarFile()) {
                        String prefix = jar.getEntryName() + "/";
                        file.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
                                .map(n -> n.substring(prefix.length())).forEach(names::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates under " + folder + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a class-path folder with an odd URL: " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }
}
