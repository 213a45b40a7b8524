package org.mtvkit.views.generic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mtvkit.forms.FormData;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.orm.DoesNotExist;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.routing.Kwargs;

/** What the single-object views share: Django's {@code SingleObjectMixin.get_object}, and reading a form. */
final class SingleObject {

    private SingleObject() {
    }

    // region: get-object
    /** By pk if the URL has one, else by slug; 404 when nothing matches. */
    static <T> T get(QuerySet<T> queryset, Class<T> model, Kwargs kwargs, String pkKwarg, String slugKwarg,
                     String slugField, String viewName) {
        if (kwargs.contains(pkKwarg)) {
            queryset = queryset.filter(ModelNames.primaryKey(model), kwargs.get(pkKwarg));
        } else if (kwargs.contains(slugKwarg)) {
            queryset = queryset.filter(slugField, kwargs.get(slugKwarg));
        } else {
            throw new IllegalStateException("Generic detail view " + viewName + " must be called with either an"
                    + " object pk or a slug in the URLconf: name a parameter <int:" + pkKwarg + "> or <slug:"
                    + slugKwarg + "> in its pattern");
        }
        try {
            return queryset.get();
        } catch (DoesNotExist e) {
            throw HttpException.notFound("No " + ModelNames.modelName(model) + " found matching the query");
        }
    }
    // endregion

    /** The submitted form fields of a request, as the forms package takes them (it knows nothing of HTTP). */
    static FormData formData(Request request) {
        Map<String, java.util.List<String>> values = new LinkedHashMap<>();
        for (String name : request.form().names()) {
            values.put(name, request.form().getList(name));
        }
        return FormData.of(values);
    }
}
