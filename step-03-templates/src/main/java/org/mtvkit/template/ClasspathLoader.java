package org.mtvkit.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Loads templates from a folder on the classpath, like {@code templates/} under {@code src/main/resources}. */
public final class ClasspathLoader implements Loader {

    private final String folder;
    private final ClassLoader classLoader;

    /** Loads from {@code folder} with the class loader that loaded the kit. */
    public ClasspathLoader(String folder) {
        this(folder, ClasspathLoader.class.getClassLoader());
    }

    public ClasspathLoader(String folder, ClassLoader classLoader) {
        String trimmed = folder.replaceAll("^/+|/+$", "");
        this.folder = trimmed.isEmpty() ? "" : trimmed + "/";
        this.classLoader = classLoader;
    }

    @Override
    public Optional<String> load(String name) {
        if (name.startsWith("/") || name.contains("..")) {
            // A name must stay inside the folder: no escaping to other classpath resources.
            return Optional.empty();
        }
        try (InputStream in = classLoader.getResourceAsStream(folder + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + location(name), e);
        }
    }

    @Override
    public String location(String name) {
        return "classpath:" + folder + name;
    }
}
