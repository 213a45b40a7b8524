package org.mtvkit.contrib.messages;

import java.util.Locale;

/**
 * One message for the visitor: its level and its text. In a template, {@code {{ message }}} is the
 * text (escaped like any other) and {@code {{ message.tags }}} the level's name, for a CSS class.
 */
public record Message(Level level, String text) {

    /** Django's five levels, with its numbers (so that messages sort and filter the same way). */
    public enum Level {
        DEBUG(10), INFO(20), SUCCESS(25), WARNING(30), ERROR(40);

        private final int value;

        Level(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }
    }

    public String tags() {
        return level.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
