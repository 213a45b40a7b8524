package org.mtvkit.views.generic;

import java.util.HashMap;
import java.util.Map;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code TemplateView}: renders one template on GET, with the URL's keyword arguments in the
 * context. Override {@link #getContextData} to add more.
 */
public class TemplateView extends View {

    private final Shortcuts shortcuts;
    private final String templateName;

    public TemplateView(Shortcuts shortcuts, String templateName) {
        this.shortcuts = shortcuts;
        this.templateName = templateName;
    }

    @Override
    protected Response get(Request request, Kwargs kwargs) throws Exception {
        return shortcuts.render(request, templateName, getContextData(request, kwargs));
    }

    /** Django's {@code get_context_data}: the keyword arguments, and the view itself as {@code view}. */
    protected Map<String, Object> getContextData(Request request, Kwargs kwargs) {
        Map<String, Object> context = new HashMap<>(kwargs.asMap());
        context.put("view", this);
        return context;
    }
}
