package org.mtvkit.forms;

import java.util.List;

/** One value out of a fixed list, shown as a {@code <select>}. */
public class ChoiceField extends Field<String> {

    private final List<Choice> choices;

    public ChoiceField(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    public List<Choice> choices() {
        return choices;
    }

    @Override
    public Widget widget() {
        return new Widget.Select(choices, false);
    }

    @Override
    protected String toValue(List<String> submitted) {
        return submitted.isEmpty() ? "" : submitted.get(submitted.size() - 1);
    }

    @Override
    protected void validate(String value) {
        super.validate(value);
        if (!value.isEmpty() && !valid(value)) {
            throw new ValidationError(invalidChoice(value));
        }
    }

    boolean valid(String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }

    static String invalidChoice(String value) {
        return "Select a valid choice. " + value + " is not one of the available choices.";
    }
}
