package org.mtvkit.views.generic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.forms.FormData;
import org.mtvkit.forms.ModelForm;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code UpdateView}: the object the URL names (404 if none), in a {@link ModelForm} with the
 * listed fields; a valid POST saves the changes and redirects. The template defaults to
 * {@code <app>/<model>_form.html}, with the object in the context as {@code object} and by name.
 */
public abstract class UpdateView<T> extends FormView<ModelForm<T>> {

    private final Database db;
    private final Class<T> model;
    private final List<String> fields;

    protected UpdateView(Shortcuts shortcuts, Database db, Class<T> model, List<String> fields) {
        super(shortcuts);
        this.db = db;
        this.model = model;
        this.fields = List.copyOf(fields);
    }

    /** The objects the URL may name; all of the model unless overridden (for example, only the visitor's own). */
    protected QuerySet<T> getQueryset(Request request, Kwargs kwargs) {
        return db.objects(model);
    }

    protected T getObject(Request request, Kwargs kwargs) {
        return SingleObject.get(getQueryset(request, kwargs), model, kwargs, "pk", "slug", "slug", getClass().getSimpleName());
    }

    @Override
    protected ModelForm<T> getForm(Optional<FormData> data, Request request, Kwargs kwargs) {
        T object = getObject(request, kwargs);
        return data.map(d -> new ModelForm<>(db, model, fields, d, object))
                .orElseGet(() -> new ModelForm<>(db, model, fields, object));
    }

    @Override
    protected String templateName() {
        return ModelNames.templateName(model, "_form");
    }

    @Override
    protected Map<String, Object> getContextData(Request request, Kwargs kwargs, ModelForm<T> form) {
        Map<String, Object> context = super.getContextData(request, kwargs, form);
        T object = form.instance().orElseThrow();        // the object the form was made for: no second query
        context.put("object", object);
        context.put(ModelNames.modelName(model), object);
        return context;
    }

    @Override
    protected Response formValid(Request request, Kwargs kwargs, ModelForm<T> form) {
        form.save();
        return super.formValid(request, kwargs, form);
    }
}
