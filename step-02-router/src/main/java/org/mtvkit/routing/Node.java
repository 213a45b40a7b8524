package org.mtvkit.routing;

import java.util.Optional;
import java.util.Set;

/** The URL configuration once checked and compiled: a tree of endpoints and includes. */
sealed interface Node permits Node.Endpoint, Node.Branch {

    RoutePattern pattern();

    /** A pattern that leads to a view. */
    record Endpoint(RoutePattern pattern, View view, Optional<String> name, Set<String> methods) implements Node {
    }

    /** An include: a prefix, optional namespaces, and the table of patterns under it. */
    record Branch(RoutePattern pattern, Optional<String> appName, Optional<String> namespace, RouteTable table)
            implements Node {
    }
}
