package org.mtvkit.template.freemarker;

import freemarker.core.Environment;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;
import org.mtvkit.template.TemplateHooks;

/**
 * The application's hooks as FreeMarker functions: {@code ${url('polls:detail', question.id)}},
 * {@code ${static('polls/style.css')}} and {@code ${csrf_input()}}.
 */
final class Hooks {

    private Hooks() {
    }

    // region: functions
    static TemplateMethodModelEx url(TemplateHooks hooks) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("url() needs a route name, like url('polls:detail', question.id)");
            }
            List<Object> values = new ArrayList<>();
            for (Object argument : arguments) {
                values.add(DeepUnwrap.unwrap((TemplateModel) argument));
            }
            String route = String.valueOf(values.remove(0));
            try {
                return hooks.url(route, List.copyOf(values));
            } catch (RuntimeException e) {
                throw new TemplateModelException("url('" + route + "') failed: " + e.getMessage(), e);
            }
        };
    }

    static TemplateMethodModelEx staticUrl(TemplateHooks hooks) {
        return arguments -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("static() takes one path, like static('polls/style.css')");
            }
            return hooks.staticUrl(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))));
        };
    }

    static TemplateMethodModelEx csrfInput() {
        return arguments -> {
            TemplateModel token = Environment.getCurrentEnvironment().getVariable(TemplateHooks.CSRF_TOKEN);
            if (token == null) {
                throw new TemplateModelException("csrf_input() found no '" + TemplateHooks.CSRF_TOKEN
                        + "' in the data model: the application must put the token there before rendering a form");
            }
            String value = String.valueOf(DeepUnwrap.unwrap(token));
            return DjangoHtmlOutputFormat.INSTANCE.fromMarkup(TemplateHooks.csrfInput(value).html());
        };
    }
    // endregion
}
