package org.mtvkit.routing;

import java.util.List;
import java.util.Set;
import org.mtvkit.http.HttpException;

/**
 * The path matched a route, but the route does not answer this method: a 405 that carries the
 * methods it does answer, for the {@code Allow} header the error middleware sets.
 */
public class MethodNotAllowed extends HttpException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final List<String> allowed;

    /** @param allowed the methods the route answers, in order, OPTIONS included */
    public MethodNotAllowed(String method, Set<String> allowed) {
        super(405, method + " is not allowed here; this URL answers " + String.join(", ", allowed) + ".");
        this.method = method;
        this.allowed = List.copyOf(allowed);
    }

    /** The method the request used. */
    public String method() {
        return method;
    }

    /** The methods the route answers, OPTIONS included, in the order of the {@code Allow} header. */
    public List<String> allowed() {
        return allowed;
    }

    /** The value of the {@code Allow} header: {@code GET, HEAD, OPTIONS}. */
    public String allowHeader() {
        return String.join(", ", allowed);
    }
}
