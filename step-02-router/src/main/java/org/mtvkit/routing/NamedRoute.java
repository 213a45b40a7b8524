package org.mtvkit.routing;

import java.util.List;

/**
 * A name {@link Router#reverse} knows, as {@link Router#namedRoutes()} lists it.
 *
 * @param name       the name with its instance namespaces, as {@code reverse} takes it ({@code polls:detail})
 * @param route      the whole pattern, prefixes included ({@code polls/<int:question_id>/})
 * @param parameters the parameters {@code reverse} must be given, in order ({@code [question_id]}); a
 *                   route without any can be reversed with no arguments
 */
public record NamedRoute(String name, String route, List<String> parameters) {

    public NamedRoute {
        parameters = List.copyOf(parameters);
    }
}
