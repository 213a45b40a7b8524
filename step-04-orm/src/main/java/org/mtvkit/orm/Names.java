package org.mtvkit.orm;

/** Turns Java names into SQL names by convention. */
final class Names {
    private Names() {
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
