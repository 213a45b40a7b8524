package org.mtvkit.forms;

import java.util.List;

/** Any number of values out of a fixed list, shown as a {@code <select multiple>}. */
public class MultipleChoiceField extends Field<List<String>> {

    private final ChoiceField single;

    public MultipleChoiceField(List<Choice> choices) {
        this.single = new ChoiceField(choices);
    }

    @Override
    public Widget widget() {
        return new Widget.Select(single.choices(), true);
    }

    @Override
    protected List<String> toValue(List<String> submitted) {
        return List.copyOf(submitted);
    }

    @Override
    protected void validate(List<String> values) {
        if (isRequired() && values.isEmpty()) {
            throw new ValidationError("This field is required.");
        }
        for (String value : values) {
            if (!single.valid(value)) {
                throw new ValidationError(ChoiceField.invalidChoice(value));
            }
        }
    }
}
