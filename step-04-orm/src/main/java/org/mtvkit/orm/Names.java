package org.mtvkit.orm;

/** Turns Java names into SQL names by convention, and holds the ORM's one rule for what a name may be. */
final class Names {
    private Names() {
    }

    /**
     * The one identifier rule of the ORM: ASCII letters, digits and underscores, not starting with a
     * digit. Table, column and lookup names must pass it, so a name is never a way to bring SQL in
     * (the dialect quotes it as well).
     */
    static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** {@code pubDate} -> {@code pub_date}, {@code HTTPServer} -> {@code http_server}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
                boolean endsAcronym = i > 0 && i + 1 < name.length()
                        && Character.isUpperCase(name.charAt(i - 1)) && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
