package org.mtvkit.contrib.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtvkit.contrib.sessions.Session;
import org.mtvkit.http.Request;
import org.mtvkit.mtv.Json;

/**
 * Django's messages framework, on its session storage: a view adds a message ("Your vote was
 * counted.") and redirects; the next page that reads the messages shows them, and they are gone.
 *
 * <pre>{@code
 * Messages.success(request, "Saved.");                 // in the view that handles the POST
 * Map.of("messages", Messages.get(request))            // in the view of the next page
 * }</pre>
 *
 * The messages live in the session under {@code _messages}, as a JSON list of [level, text].
 */
public final class Messages {

    static final String KEY = "_messages";

    private Messages() {
    }

    // region: add
    public static void add(Request request, Message.Level level, String text) {
        Session session = Session.of(request);
        List<Message> queued = new ArrayList<>(read(session));
        queued.add(new Message(level, text));
        session.put(KEY, encode(queued));
    }
    // endregion

    public static void success(Request request, String text) {
        add(request, Message.Level.SUCCESS, text);
    }

    public static void info(Request request, String text) {
        add(request, Message.Level.INFO, text);
    }

    public static void warning(Request request, String text) {
        add(request, Message.Level.WARNING, text);
    }

    public static void error(Request request, String text) {
        add(request, Message.Level.ERROR, text);
    }

    // region: get
    /** The messages waiting for this visitor, oldest first; reading them removes them, so each shows once. */
    public static List<Message> get(Request request) {
        Session session = Session.of(request);
        List<Message> waiting = read(session);
        if (!waiting.isEmpty()) {
            session.remove(KEY);
        }
        return waiting;
    }
    // endregion

    private static List<Message> read(Session session) {
        List<Message> messages = new ArrayList<>();
        session.get(KEY).ifPresent(json -> {
            try {
                if (Json.parse(json, "session messages") instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof List<?> pair && pair.size() == 2) {
                            messages.add(new Message(Message.Level.valueOf(String.valueOf(pair.get(0))
                                    .toUpperCase(Locale.ROOT)), String.valueOf(pair.get(1))));
                        }
                    }
                }
            } catch (IllegalArgumentException corrupted) {
                // a damaged list is dropped, as Django drops messages it cannot decode
            }
        });
        return messages;
    }

    private static String encode(List<Message> messages) {
        StringBuilder json = new StringBuilder("[");
        for (Message m : messages) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("[\"").append(m.tags()).append("\",").append(quote(m.text())).append(']');
        }
        return json.append(']').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** What a page's template needs to show the messages: {@code messages}, to add to the view's context. */
    public static Map<String, Object> context(Request request) {
        return Map.of("messages", get(request));
    }
}
