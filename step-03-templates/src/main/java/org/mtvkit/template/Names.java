package org.mtvkit.template;

import java.util.regex.Pattern;

/**
 * The one rule for a name the template language binds or registers (a loop variable, a {@code with} or
 * {@code as} name, a tag, a filter, a library): an ASCII letter or underscore, then letters, digits and
 * underscores, as Python's identifiers are in Django's templates.
 */
final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Names() {
    }

    static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    /** The name itself, or an exception saying what a name may be. */
    static String checked(String name, String what) {
        if (!isName(name)) {
            throw new IllegalArgumentException("a " + what + " name is a word of letters, digits and underscores: '"
                    + name + "' is not");
        }
        return name;
    }
}
