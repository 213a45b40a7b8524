package org.mtvkit.routing;

import java.util.regex.Pattern;

/**
 * The one rule for names in a URL configuration: parameter names, regex group names and converter
 * names. Django asks for a Python identifier; the kit asks for its ASCII part.
 */
final class Identifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What an error message says a valid name is made of. */
    static final String RULE = "letters, digits and _, not starting with a digit";

    private Identifiers() {
    }

    static boolean isValid(String name) {
        return IDENTIFIER.matcher(name).matches();
    }
}
