package org.mtvkit.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a URL configuration, as written: a route to a view, or an include of more lines under
 * a prefix. Nothing is checked here; {@link Router.Builder#build} checks everything at once.
 * Made with {@link Urls#path}, {@link Urls#rePath} and {@link Urls#include}.
 */
public sealed interface UrlEntry permits UrlEntry.Route, UrlEntry.Include {

    /**
     * A pattern mapped to a view.
     *
     * @param methods     the HTTP methods the view answers; empty means every method
     * @param kwargs      default keyword arguments for the view (Django's {@code path(route, view, kwargs)})
     * @param appendSlash false when the view opted out of append-slash
     */
    record Route(String pattern, boolean regex, View view, Optional<String> name, Set<String> methods,
                 Map<String, Object> kwargs, boolean appendSlash) implements UrlEntry {

        /**
         * Restricts the route to these methods; others get 405 with an {@code Allow} header, and
         * OPTIONS is answered with that header. HEAD is allowed wherever GET is.
         */
        public Route allow(String... methods) {
            Set<String> upper = new LinkedHashSet<>();       // kept in order: it is the Allow header
            for (String method : methods) {
                upper.add(method.toUpperCase(Locale.ROOT));
                if (method.equalsIgnoreCase("GET")) {
                    upper.add("HEAD");
                }
            }
            return new Route(pattern, regex, view, name, Collections.unmodifiableSet(upper), kwargs, appendSlash);
        }

        /** Default keyword arguments for the view; they win over what the pattern captures, as in Django. */
        public Route kwargs(Map<String, ?> defaults) {
            return new Route(pattern, regex, view, name, methods, copy(defaults), appendSlash);
        }

        /**
         * Opts this route out of append-slash, as Django's {@code @no_append_slash} does for a view:
         * {@code /feed} stays a 404 even though {@code /feed/} exists.
         */
        public Route noAppendSlash() {
            return new Route(pattern, regex, view, name, methods, kwargs, false);
        }
    }

    /**
     * Patterns mounted under a prefix, optionally in an application namespace ({@code polls:detail}).
     *
     * @param appName   the application namespace
     * @param namespace the instance namespace; defaults to {@code appName}
     * @param kwargs    default keyword arguments for every view inside
     */
    record Include(String prefix, Optional<String> appName, Optional<String> namespace, Map<String, Object> kwargs,
                   List<UrlEntry> entries) implements UrlEntry {

        /** Mounts this include under another instance namespace, for an app included twice. */
        public Include namespace(String instanceNamespace) {
            return new Include(prefix, appName, Optional.of(instanceNamespace), kwargs, entries);
        }

        /** Default keyword arguments for every view inside (Django's {@code path(prefix, include(...), kwargs)}). */
        public Include kwargs(Map<String, ?> defaults) {
            return new Include(prefix, appName, namespace, copy(defaults), entries);
        }
    }

    private static Map<String, Object> copy(Map<String, ?> defaults) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }
}
