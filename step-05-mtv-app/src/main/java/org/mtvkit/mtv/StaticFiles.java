package org.mtvkit.mtv;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Middleware;

/**
 * Serves files from a classpath folder under a URL prefix ({@code /static/polls/style.css} reads
 * {@code static/polls/style.css}), with a content type, an {@code ETag}, and {@code 304 Not Modified}
 * for a browser that already has the file.
 *
 * <p>The one thing a static file server must never do is serve a file outside its folder. The path
 * is checked segment by segment after decoding, and anything that could climb or jump ({@code ..},
 * {@code .}, empty segments, backslashes, NUL, a drive letter) is answered with 404, exactly as a file
 * that does not exist, so a prober learns nothing.
 */
public final class StaticFiles implements Middleware {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final String urlPrefix;
    private final String folder;
    private final ClassLoader loader;
    /**
     * Files found, the most recently served kept: a bounded cache, because its keys come from clients. A
     * miss is never cached (10,000 made-up paths would otherwise stay in memory for good), and a miss costs
     * only a class-path lookup.
     */
    private final Map<String, StaticFile> cache;

    static final int MAX_CACHED_FILES = 256;
    /** A file larger than this is read again on each request rather than held in memory. */
    static final int MAX_CACHED_BYTES = 1024 * 1024;

    private record StaticFile(byte[] bytes, String contentType, String etag) {
    }

    /**
     * @param urlPrefix the URL prefix, such as {@code /static/}
     * @param folder    the classpath folder, such as {@code static}
     */
    public StaticFiles(String urlPrefix, String folder, ClassLoader loader) {
        this(urlPrefix, folder, loader, MAX_CACHED_FILES);
    }

    StaticFiles(String urlPrefix, String folder, ClassLoader loader, int maxCachedFiles) {
        if (!urlPrefix.startsWith("/") || !urlPrefix.endsWith("/")) {
            throw new IllegalArgumentException("the static URL prefix must start and end with '/', got '" + urlPrefix + "'");
        }
        this.urlPrefix = urlPrefix;
        this.folder = folder;
        this.loader = loader;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {   // in order of last use
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, StaticFile> eldest) {
                return size() > maxCachedFiles;
            }
        });
    }

    // region: static-middleware
    /** Wraps the next handler: requests under the prefix are answered here, the rest pass through. */
    @Override
    public Handler wrap(Handler next) {
        return request -> {
            if (!request.path().startsWith(urlPrefix)) {
                return next.handle(request);
            }
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                throw new HttpException(405, "Static files are only read, with GET or HEAD.");
            }
            String relative = request.path().substring(urlPrefix.length());
            StaticFile file = safe(relative).flatMap(this::load).orElseThrow(
                    () -> HttpException.notFound("There is no static file " + request.path()));
            if (request.headers().all("If-None-Match").stream().anyMatch(v -> v.contains(file.etag()))) {
                return Response.status(304).withHeader("ETag", file.etag());
            }
            // nosniff, like the other security headers, comes from SecurityHeaders, for every response.
            return Response.of(200, file.contentType(), file.bytes())
                    .withHeader("ETag", file.etag())
                    .withHeader("Cache-Control", "no-cache");  // may be stored, but revalidated with the ETag
        };
    }

    /** The relative path, if every segment is an ordinary name; empty for anything that could escape. */
    static Optional<String> safe(String relative) {
        if (relative.isEmpty() || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0
                || relative.indexOf(':') >= 0) {
            return Optional.empty();
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }
    // endregion

    private Optional<StaticFile> load(String relative) {
        StaticFile cached = cache.get(relative);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StaticFile> found = read(relative);
        found.filter(f -> f.bytes().length <= MAX_CACHED_BYTES).ifPresent(f -> cache.put(relative, f));
        return found;
    }

    /** How many files are held in memory now (for the test that misses leave nothing behind). */
    int cachedFiles() {
        return cache.size();
    }

    private Optional<StaticFile> read(String r) {
        URL url = loader.getResource(folder + "/" + r);
        try {
            if (url == null || isDirectory(url)) {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            String extension = r.substring(r.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String type = TYPES.getOrDefault(extension, "application/octet-stream");
            return Optional.of(new StaticFile(bytes, type, etag(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A classpath folder is a directory on disk while developing, and a jar entry once packaged. */
    private static boolean isDirectory(URL url) throws IOException, URISyntaxException {
        if (url.getProtocol().equals("file")) {
            return Files.isDirectory(Path.of(url.toURI()));
        }
        URLConnection connection = url.openConnection();
        return connection instanceof JarURLConnection jar && jar.getJarEntry().isDirectory();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "StaticFiles(" + urlPrefix + " -> classpath:" + folder + "/)";
    }
}
