package org.mtvkit.routing;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
     * @param methods the HTTP methods the view answers; empty means every method
     */
    record Route(String pattern, boolean regex, View view, Optional<String> name, Set<String> methods)
            implements UrlEntry {

        /**
         * Restricts the route to these methods; others get 405 with an {@code Allow} header. HEAD is
         * allowed wherever GET is.
         */
        public Route allow(String... methods) {
            Set<String> upper = new LinkedHashSet<>();       // kept in order: it is the Allow header
            for (String method : methods) {
                upper.add(method.toUpperCase(Locale.ROOT));
                if (method.equalsIgnoreCase("GET")) {
                    upper.add("HEAD");
                }
            }
            return new Route(pattern, regex, view, name, Collections.unmodifiableSet(upper));
        }
    }

    /**
     * Patterns mounted under a prefix, optionally in an application namespace ({@code polls:detail}).
     *
     * @param appName   the application namespace
     * @param namespace the instance namespace; defaults to {@code appName}
     */
    record Include(String prefix, Optional<String> appName, Optional<String> namespace, List<UrlEntry> entries)
            implements UrlEntry {

        /** Mounts this include under another instance namespace, for an app included twice. */
        public Include namespace(String instanceNamespace) {
            return new Include(prefix, appName, Optional.of(instanceNamespace), entries);
        }
    }
}
