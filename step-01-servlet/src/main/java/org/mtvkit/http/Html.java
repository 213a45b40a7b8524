package org.mtvkit.http;

/** The one piece of HTML the HTTP core writes itself: its plain error pages. */
public final class Html {

    private Html() {
    }

    /** Escapes text for use in HTML content or a quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A minimal, complete error page: the status, its reason, and a message for a person. */
    public static String errorPage(int status, String message) {
        String title = status + " " + Status.reason(status);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n<p>" + escape(message)
                + "</p>\n</body>\n</html>\n";
    }
}
