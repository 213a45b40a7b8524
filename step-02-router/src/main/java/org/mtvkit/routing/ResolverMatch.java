package org.mtvkit.routing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mtvkit.http.Request;

/**
 * What {@link Router#resolve} found: the view, its keyword arguments, and the route's name and
 * namespaces. The router attaches it to the request it passes on, under {@link #ATTRIBUTE}.
 *
 * @param urlName        the route's own name, if it has one ({@code detail})
 * @param namespaces     the instance namespaces from outermost to innermost ({@code [polls]})
 * @param appNames       the application namespaces, likewise
 * @param route          the whole pattern that matched, prefixes included ({@code polls/<int:question_id>/})
 * @param allowedMethods the methods the route answers; empty means all of them
 */
public record ResolverMatch(View view, Kwargs kwargs, Optional<String> urlName, List<String> namespaces,
                            List<String> appNames, String route, Set<String> allowedMethods) {

    /** The request attribute under which the router stores the match. */
    public static final String ATTRIBUTE = "resolver_match";

    /** The match the router attached to this request, if it went through a router. */
    public static Optional<ResolverMatch> of(Request request) {
        return request.attribute(ATTRIBUTE, ResolverMatch.class);
    }

    /** The namespaces joined with ':', {@code ""} outside any namespace. */
    public String namespace() {
        return String.join(":", namespaces);
    }

    /** The name {@code reverse} knows this route by, e.g. {@code polls:detail}. */
    public Optional<String> viewName() {
        return urlName.map(name -> namespaces.isEmpty() ? name : namespace() + ":" + name);
    }

    public boolean allows(String method) {
        return allowedMethods.isEmpty() || allowedMethods.contains(method);
    }
}
