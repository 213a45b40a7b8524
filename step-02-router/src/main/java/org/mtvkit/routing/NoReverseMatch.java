package org.mtvkit.routing;

/**
 * {@code reverse} could not build a path: the name is unknown, or the arguments do not fit the route.
 * The message names the route, what it expected and what it got. (Django's exception has this name.)
 */
public class NoReverseMatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoReverseMatch(String message) {
        super(message);
    }
}
