package org.mtvkit.forms;

/** One option of a choice field: the value sent, and the label shown. */
public record Choice(String value, String label) {
}
