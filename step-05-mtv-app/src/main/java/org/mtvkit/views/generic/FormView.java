package org.mtvkit.views.generic;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.forms.Form;
import org.mtvkit.forms.FormData;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code FormView}: GET shows an empty form; POST binds it to what was submitted, and then
 * either {@link #formValid} (by default, a redirect to the success URL: Post/Redirect/Get) or
 * {@link #formInvalid} (the same page again, with the errors and what the visitor typed).
 */
public abstract class FormView<F extends Form> extends View {

    private final Shortcuts shortcuts;

    protected FormView(Shortcuts shortcuts) {
        this.shortcuts = shortcuts;
    }

    /** Django's {@code form_class} and {@code get_form}: a new form, bound when there is data. */
    protected abstract F getForm(Optional<FormData> data, Request request, Kwargs kwargs);

    protected abstract String templateName();

    /** Where a valid form leads; Django's {@code success_url}. */
    protected abstract String successUrl(Request request, Kwargs kwargs, F form);

    // region: form-view
    @Override
    protected Response get(Request request, Kwargs kwargs) throws Exception {
        return renderForm(request, kwargs, getForm(Optional.empty(), request, kwargs));
    }

    @Override
    protected Response post(Request request, Kwargs kwargs) throws Exception {
        F form = getForm(Optional.of(SingleObject.formData(request)), request, kwargs);
        return form.isValid() ? formValid(request, kwargs, form) : formInvalid(request, kwargs, form);
    }
    // endregion

    protected Response formValid(Request request, Kwargs kwargs, F form) {
        return Response.redirect(successUrl(request, kwargs, form));
    }

    protected Response formInvalid(Request request, Kwargs kwargs, F form) {
        return renderForm(request, kwargs, form);
    }

    /** The template with {@code form}, {@code view} and the URL's arguments; override to add more. */
    protected Map<String, Object> getContextData(Request request, Kwargs kwargs, F form) {
        Map<String, Object> context = new HashMap<>(kwargs.asMap());
        context.put("form", form);
        context.put("view", this);
        return context;
    }

    protected final Response renderForm(Request request, Kwargs kwargs, F form) {
        return shortcuts.render(request, templateName(), getContextData(request, kwargs, form));
    }

    protected final Shortcuts shortcuts() {
        return shortcuts;
    }
}
