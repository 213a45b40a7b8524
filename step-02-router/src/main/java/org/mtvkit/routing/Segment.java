package org.mtvkit.routing;

/** One piece of a parsed {@code path()} pattern: fixed text, or a typed parameter. */
sealed interface Segment permits Segment.Literal, Segment.Param {

    /** Text that must appear as is, e.g. {@code articles/}. */
    record Literal(String text) implements Segment {
    }

    /** {@code <converterName:name>}: text matched by the converter's regex, passed to the view as {@code name}. */
    record Param(String name, String converterName, Converter converter) implements Segment {
    }
}
