package org.mtvkit.forms;

import java.util.ArrayList;
import java.util.List;
import org.mtvkit.orm.QuerySet;

/**
 * One object out of a query, shown as a {@code <select>} of the objects (their {@code toString} as
 * the label, their primary key as the value): how a foreign key appears in a {@link ModelForm}. The
 * cleaned value is the object itself, read again from the query, so a key outside it is refused.
 */
public class ModelChoiceField<T> extends Field<T> {

    private final QuerySet<T> queryset;
    private final Class<T> model;

    public ModelChoiceField(QuerySet<T> queryset, Class<T> model) {
        this.queryset = queryset;
        this.model = model;
    }

    /** The options, read from the database each time the form is shown; "---------" first, as Django's empty label. */
    @Override
    public Widget widget() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "---------"));
        for (T object : queryset.list()) {
            choices.add(new Choice(String.valueOf(Models.pk(object)), String.valueOf(object)));
        }
        return new Widget.Select(choices, false);
    }

    // region: model-choice
    @Override
    protected T toValue(List<String> submitted) {
        String text = last(submitted, true);
        if (text == null) {
            return null;
        }
        long key;
        try {
            key = Long.parseLong(text);
        } catch (NumberFormatException notAKey) {
            throw invalid();
        }
        return queryset.filter(Models.primaryKey(model).getName(), key).first().orElseThrow(ModelChoiceField::invalid);
    }
    // endregion

    @Override
    protected String format(Object value) {
        return model.isInstance(value) ? String.valueOf(Models.pk(value)) : super.format(value);
    }

    private static ValidationError invalid() {
        return new ValidationError("Select a valid choice. That choice is not one of the available choices.");
    }
}
