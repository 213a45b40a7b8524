package org.mtvkit.views.generic;

import java.util.HashMap;
import java.util.Map;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code DetailView}: one object, found by the {@code pk} (or {@code slug}) the URL pattern
 * captured, rendered with a template as {@code object} and under the model's name
 * ({@code question}). No such object, or one {@link #getQueryset} leaves out, is a 404.
 */
public class DetailView<T> extends View {

    private final Shortcuts shortcuts;
    private final Database db;
    private final Class<T> model;

    public DetailView(Shortcuts shortcuts, Database db, Class<T> model) {
        this.shortcuts = shortcuts;
        this.db = db;
        this.model = model;
    }

    /** The objects the URL may name: all of the model unless overridden. */
    protected QuerySet<T> getQueryset(Request request, Kwargs kwargs) {
        return db.objects(model);
    }

    /** Defaults to Django's {@code <app>/<model>_detail.html}, e.g. {@code polls/question_detail.html}. */
    protected String templateName() {
        return ModelNames.templateName(model, "_detail");
    }

    /** The object's name in the context besides {@code object}: {@code question} by default. */
    protected String contextObjectName() {
        return ModelNames.modelName(model);
    }

    /** The URL keyword holding the primary key. */
    protected String pkUrlKwarg() {
        return "pk";
    }

    protected String slugUrlKwarg() {
        return "slug";
    }

    /** The model field the slug is compared with. */
    protected String slugField() {
        return "slug";
    }

    /** Django's {@code get_object}: by pk if the URL has one, else by slug; 404 when nothing matches. */
    protected T getObject(Request request, Kwargs kwargs) {
        return SingleObject.get(getQueryset(request, kwargs), model, kwargs, pkUrlKwarg(), slugUrlKwarg(), slugField(),
                getClass().getSimpleName());
    }

    @Override
    protected Response get(Request request, Kwargs kwargs) throws Exception {
        T object = getObject(request, kwargs);
        return shortcuts.render(request, templateName(), getContextData(request, kwargs, object));
    }

    /** Django's {@code get_context_data}: the object twice (as {@code object} and by name), the URL's arguments, the view. */
    protected Map<String, Object> getContextData(Request request, Kwargs kwargs, T object) {
        Map<String, Object> context = new HashMap<>(kwargs.asMap());
        context.put("object", object);
        context.put(contextObjectName(), object);
        context.put("view", this);
        return context;
    }

    protected final Shortcuts shortcuts() {
        return shortcuts;
    }

    protected final Class<T> model() {
        return model;
    }
}
