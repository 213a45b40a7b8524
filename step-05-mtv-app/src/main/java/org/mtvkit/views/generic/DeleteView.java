package org.mtvkit.views.generic;

import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code DeleteView}: GET shows a confirmation page ({@code <app>/<model>_confirm_delete.html}
 * with the object); POST (or DELETE) deletes the object and redirects to {@link #successUrl}. A GET
 * never deletes anything: a link followed by a crawler must not destroy data.
 */
public abstract class DeleteView<T> extends DetailView<T> {

    private final Database db;

    protected DeleteView(Shortcuts shortcuts, Database db, Class<T> model) {
        super(shortcuts, db, model);
        this.db = db;
    }

    protected abstract String successUrl(Request request, Kwargs kwargs, T deleted);

    @Override
    protected String templateName() {
        return ModelNames.templateName(model(), "_confirm_delete");
    }

    // region: delete
    @Override
    protected Response post(Request request, Kwargs kwargs) {
        return delete(request, kwargs);
    }

    @Override
    protected Response delete(Request request, Kwargs kwargs) {
        T object = getObject(request, kwargs);
        db.delete(object);
        return Response.redirect(successUrl(request, kwargs, object));
    }
    // endregion
}
