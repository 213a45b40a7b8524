package org.mtvkit.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the {@code Cookie} request header: {@code name=value; other=value}. */
final class Cookies {

    private Cookies() {
    }

    static Map<String, String> parse(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                continue;   // a malformed pair is ignored, as browsers and Django do
            }
            String name = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            cookies.putIfAbsent(name, value);
        }
        return cookies;
    }
}
