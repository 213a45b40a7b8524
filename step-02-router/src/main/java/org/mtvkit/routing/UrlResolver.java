package org.mtvkit.routing;

import java.util.Map;
import java.util.Optional;

/**
 * An include: a prefix, optional namespaces, default keyword arguments for every view inside, and the
 * table of patterns under it. Django's {@code URLResolver}.
 */
record UrlResolver(CompiledPattern pattern, Optional<String> appName, Optional<String> namespace,
                   Map<String, Object> defaults, RouteTable table) implements CompiledEntry {
}
