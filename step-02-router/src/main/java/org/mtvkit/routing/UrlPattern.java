package org.mtvkit.routing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pattern that leads to a view: Django's {@code URLPattern}.
 *
 * @param defaults    the default keyword arguments given to {@code path()}, added to what the pattern captures
 * @param appendSlash false for a route that opted out of append-slash (Django's {@code no_append_slash})
 */
record UrlPattern(CompiledPattern pattern, View view, Optional<String> name, Set<String> methods,
                  Map<String, Object> defaults, boolean appendSlash) implements CompiledEntry {
}
