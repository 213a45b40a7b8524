package org.mtvkit.orm;

import java.util.concurrent.ConcurrentHashMap;

/** Turns Java names into SQL names by convention, and holds the ORM's one rule for what a name may be. */
final class Names {
    /** Quoted names already made; models have few, so it stays small, and it is bounded all the same. */
    private static final ConcurrentHashMap<String, String> QUOTED = new ConcurrentHashMap<>();
    private static final int MAX_QUOTED = 4096;

    private Names() {
    }

    /**
     * {@code question_text} -> {@code "question_text"}, a double quote inside doubled: standard SQL's quoting,
     * which H2 and PostgreSQL share. Every column of every query is quoted, so each name is quoted once and
     * kept (up to {@value #MAX_QUOTED} names; past that they are quoted again each time).
     */
    static String doubleQuoted(String identifier) {
        String quoted = QUOTED.get(identifier);
        if (quoted == null) {
            quoted = '"' + identifier.replace("\"", "\"\"") + '"';
            if (QUOTED.size() < MAX_QUOTED) {
                QUOTED.put(identifier, quoted);
            }
        }
        return quoted;
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
