package org.mtvkit.views.generic;

import java.util.List;
import java.util.Optional;
import org.mtvkit.forms.FormData;
import org.mtvkit.forms.ModelForm;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code CreateView}: a {@link ModelForm} for a new object of the model, with the listed
 * fields; a valid POST saves it and redirects to {@link #successUrl}. The template defaults to
 * {@code <app>/<model>_form.html}.
 */
public abstract class CreateView<T> extends FormView<ModelForm<T>> {

    private final Database db;
    private final Class<T> model;
    private final List<String> fields;

    protected CreateView(Shortcuts shortcuts, Database db, Class<T> model, List<String> fields) {
        super(shortcuts);
        this.db = db;
        this.model = model;
        this.fields = List.copyOf(fields);
    }

    @Override
    protected ModelForm<T> getForm(Optional<FormData> data, Request request, Kwargs kwargs) {
        return data.map(d -> new ModelForm<>(db, model, fields, d)).orElseGet(() -> new ModelForm<>(db, model, fields));
    }

    @Override
    protected String templateName() {
        return ModelNames.templateName(model, "_form");
    }

    @Override
    protected Response formValid(Request request, Kwargs kwargs, ModelForm<T> form) {
        form.save();
        return super.formValid(request, kwargs, form);
    }
}
