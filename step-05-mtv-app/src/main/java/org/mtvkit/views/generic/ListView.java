package org.mtvkit.views.generic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.mtv.Shortcuts;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.paginator.InvalidPage;
import org.mtvkit.paginator.Page;
import org.mtvkit.paginator.Paginator;
import org.mtvkit.routing.Kwargs;

/**
 * Django's {@code ListView}: a template rendered with a list of objects. The list is
 * {@link #getQueryset} (all objects of the model unless overridden); with {@link #paginateBy} above
 * zero it is one page of it, chosen by {@code ?page=N} (or {@code ?page=last}), and the context also
 * holds {@code paginator}, {@code page_obj} and {@code is_paginated}.
 *
 * <p>Configuration is by overriding methods, Java's way of Django's class attributes:
 * {@code template_name} is {@link #templateName()}, {@code context_object_name} is
 * {@link #contextObjectName()}, {@code paginate_by} is {@link #paginateBy()}.
 */
public class ListView<T> extends View {

    private final Shortcuts shortcuts;
    private final Database db;
    private final Class<T> model;

    public ListView(Shortcuts shortcuts, Database db, Class<T> model) {
        this.shortcuts = shortcuts;
        this.db = db;
        this.model = model;
    }

    /** Django's {@code get_queryset}: every object of the model. Override to filter and order. */
    protected QuerySet<T> getQueryset(Request request, Kwargs kwargs) {
        return db.objects(model);
    }

    /** Defaults to Django's {@code <app>/<model>_list.html}, e.g. {@code polls/question_list.html}. */
    protected String templateName() {
        return ModelNames.templateName(model, "_list");
    }

    /** The list's name in the context besides {@code object_list}; Django's default is {@code question_list}. */
    protected String contextObjectName() {
        return ModelNames.modelName(model) + "_list";
    }

    /** Objects per page; 0 (the default) shows them all on one page. */
    protected int paginateBy() {
        return 0;
    }

    /** Objects a last page may have before they are folded into the page before. */
    protected int paginateOrphans() {
        return 0;
    }

    /** Whether an empty list is a page (true) or a 404 (false). */
    protected boolean allowEmpty() {
        return true;
    }

    // region: list-get
    @Override
    protected Response get(Request request, Kwargs kwargs) throws Exception {
        QuerySet<T> queryset = getQueryset(request, kwargs);
        Map<String, Object> context = new HashMap<>(kwargs.asMap());
        List<T> objects;
        if (paginateBy() > 0) {
            Paginator<T> paginator = Paginator.of(queryset, paginateBy(), paginateOrphans(), allowEmpty());
            Page<T> page = paginate(paginator, request, kwargs);
            objects = page.getObjectList();
            context.put("paginator", paginator);
            context.put("page_obj", page);
            context.put("is_paginated", page.hasOtherPages());
        } else {
            objects = queryset.list();
            if (objects.isEmpty() && !allowEmpty()) {
                throw HttpException.notFound("Empty list and '" + getClass().getSimpleName() + ".allowEmpty()' is false.");
            }
            context.put("paginator", null);
            context.put("page_obj", null);
            context.put("is_paginated", false);
        }
        context.put("object_list", objects);
        context.put(contextObjectName(), objects);
        context.put("view", this);
        return shortcuts.render(request, templateName(), getContextData(request, kwargs, context));
    }
    // endregion

    /** Django's {@code get_context_data}: override to add to what the template sees. */
    protected Map<String, Object> getContextData(Request request, Kwargs kwargs, Map<String, Object> context) {
        return context;
    }

    // region: paginate
    /** The page the URL asks for: {@code ?page=} or a {@code <int:page>} in the pattern; a bad number is a 404. */
    private Page<T> paginate(Paginator<T> paginator, Request request, Kwargs kwargs) {
        Optional<String> asked = kwargs.contains("page") ? Optional.of(kwargs.string("page")) : request.query().get("page");
        String number = asked.orElse("1");
        try {
            if (number.equals("last")) {
                return paginator.page(paginator.numPages());
            }
            long parsed;
            try {
                parsed = Long.parseLong(number);
            } catch (NumberFormatException e) {
                throw HttpException.notFound("Page is not 'last', nor can it be converted to an int.");
            }
            return paginator.page(parsed);
        } catch (InvalidPage e) {
            throw HttpException.notFound("Invalid page (" + number + "): " + e.getMessage());
        }
    }
    // endregion
}
