package org.mtvkit.views.generic;

import java.lang.reflect.Field;
import java.util.Locale;
import org.mtvkit.orm.Id;

/** The names Django derives from a model's {@code _meta}, worked out the same way from a Java class. */
final class ModelNames {

    private ModelNames() {
    }

    /** {@code question} for {@code Question}: Django's {@code model_name}. */
    static String modelName(Class<?> model) {
        return MODEL_NAMES.get(model);
    }

    // Asked for on every request a generic view serves, so each is found once per class.
    private static final ClassValue<String> MODEL_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> model) {
            return model.getSimpleName().toLowerCase(Locale.ROOT);
        }
    };

    private static final ClassValue<String> PRIMARY_KEYS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> model) {
            for (Field f : model.getDeclaredFields()) {
                if (f.isAnnotationPresent(Id.class)) {
                    return f.getName();
                }
            }
            return "id";
        }
    };

    /**
     * {@code polls} for {@code mysite.polls.models.Question}: the app is the package that holds the
     * {@code models} package, and its label is that package's last name, as Django's {@code app_label}.
     */
    static String appLabel(Class<?> model) {
        String pkg = model.getPackageName().replaceFirst("\\.models$", "");
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** Django's default template name: {@code polls/question_detail.html}. */
    static String templateName(Class<?> model, String suffix) {
        return appLabel(model) + "/" + modelName(model) + suffix + ".html";
    }

    /** The field the ORM uses as primary key: the one marked {@code @Id}, else {@code id}. */
    static String primaryKey(Class<?> model) {
        return PRIMARY_KEYS.get(model);
    }
}
