package org.mtvkit.mtv;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path of this JVM, for a tool or a JVM started from it (the {@code shell} command's JShell, the
 * load test's sites). Under {@code exec:java} the project's classes come from the class loader Maven made for
 * the module, not from {@code java.class.path} (Maven's own launcher), so both are gathered.
 */
public final class ClassPath {

    private ClassPath() {
    }

    /** Every local entry, the class loaders' first, joined with the platform's separator. */
    public static String ofThisJvm() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader l = ClassPath.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException | IllegalArgumentException notAFile) {
                        // not a local file: nothing started from here could load from it either
                    }
                }
            }
        }
        for (String entry : List.of(System.getProperty("java.class.path").split(File.pathSeparator))) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
