package org.mtvkit.routing;

/**
 * The URL configuration is wrong: raised while the router is built, never at the tenth request.
 * The message quotes the pattern and says what to change. (Django raises an exception of the same name.)
 */
public class ImproperlyConfigured extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImproperlyConfigured(String message) {
        super(message);
    }
}
