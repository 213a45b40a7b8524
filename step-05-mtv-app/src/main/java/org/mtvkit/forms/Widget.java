package org.mtvkit.forms;

import java.util.List;

/**
 * How a field is shown in HTML: Django's widgets, reduced to the three shapes the kit's fields need.
 * A widget reads its field's values from the submitted data and renders through the template
 * engine ({@code org/mtvkit/forms/templates/widgets/}), autoescaped like any template.
 */
public sealed interface Widget permits Widget.Input, Widget.Checkbox, Widget.Select {

    /** {@code <input type="text">}, {@code number}, {@code email}, {@code url}. */
    record Input(String type) implements Widget {
    }

    /** {@code <input type="checkbox">}: absent from the data means unchecked. */
    record Checkbox() implements Widget {
    }

    /** {@code <select>}, with {@code multiple} for a multiple choice field. */
    record Select(List<Choice> choices, boolean multiple) implements Widget {
        public Select {
            choices = List.copyOf(choices);
        }
    }
}
