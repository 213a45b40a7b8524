package org.mtvkit.contrib.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mtvkit.contrib.messages.Messages;
import org.mtvkit.forms.BoundField;
import org.mtvkit.forms.FormData;
import org.mtvkit.forms.ModelForm;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.View;

/**
 * The add and change pages, Django's {@code changeform_view}: a {@link ModelForm} of the admin's
 * fields in its fieldsets, the inlines beneath, errors beside their fields, and three ways to save.
 * The object, its inline rows and the log entry are written in one transaction, or not at all.
 */
final class ChangeFormView<T> implements View {

    private final Pages pages;
    private final ModelAdmin<T> admin;
    private final boolean change;

    ChangeFormView(Pages pages, ModelAdmin<T> admin, boolean change) {
        this.pages = pages;
        this.admin = admin;
        this.change = change;
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        Class<T> model = admin.model();
        Optional<T> object = change ? Optional.of(Pages.getOr404(pages.db, model, kwargs.string("object_id")))
                : Optional.empty();
        List<String> fields = admin.formFields();
        if (!request.method().equals("POST")) {
            ModelForm<T> form = object.map(o -> new ModelForm<>(pages.db, model, fields, o))
                    .orElseGet(() -> {
                        ModelForm<T> empty = new ModelForm<>(pages.db, model, fields);
                        empty.initial(ModelFields.defaults(pages.db, model, fields));
                        return empty;
                    });
            return render(request, form, inlines(object, Optional.empty()), object);
        }
        FormData data = Pages.formData(request);
        ModelForm<T> form = object.map(o -> new ModelForm<>(pages.db, model, fields, data, o))
                .orElseGet(() -> new ModelForm<>(pages.db, model, fields, data));
        List<InlineFormSet<?>> inlines = inlines(object, Optional.of(data));
        if (!form.isValid() || !inlines.stream().allMatch(InlineFormSet::isValid)) {
            return render(request, form, inlines, object);
        }
        return save(request, form, inlines, object);
    }

    // region: save
    private Response save(Request request, ModelForm<T> form, List<InlineFormSet<?>> inlines, Optional<T> object) {
        Class<T> model = admin.model();
        Map<String, Object> before = object.map(this::values).orElse(Map.of());
        T saved = pages.db.atomic(() -> {
            T result = form.save();
            List<String> messages = new ArrayList<>();
            if (object.isPresent()) {
                List<String> changed = new ArrayList<>();
                values(result).forEach((name, value) -> {
                    if (!Objects.equals(before.get(name), value)) {
                        changed.add(ModelFields.prettyName(name).toLowerCase(java.util.Locale.ROOT));
                    }
                });
                if (!changed.isEmpty()) {
                    messages.add("Changed " + String.join(" and ", changed) + ".");
                }
            } else {
                messages.add("Added.");
            }
            for (InlineFormSet<?> inline : inlines) {
                messages.addAll(inline.save(result));
            }
            pages.log(request, result, object.isPresent() ? LogEntry.CHANGE : LogEntry.ADDITION,
                    messages.isEmpty() ? "No fields changed." : String.join(" ", messages));
            return result;
        });
        String name = ModelFields.verboseName(model);
        String link = "The " + name + " \u201c" + saved + "\u201d was " + (object.isPresent() ? "changed" : "added")
                + " successfully.";
        String pk = String.valueOf(ModelFields.pk(saved));
        if (request.form().contains("_continue")) {
            Messages.success(request, link + " You may edit it again below.");
            return Response.redirect(pages.url(Pages.urlName(model, "change"), pk));
        }
        if (request.form().contains("_addanother")) {
            Messages.success(request, link + " You may add another " + name + " below.");
            return Response.redirect(pages.url(Pages.urlName(model, "add")));
        }
        Messages.success(request, link);
        return Response.redirect(pages.url(Pages.urlName(model, "changelist")));
    }
    // endregion

    private Map<String, Object> values(T object) {
        Map<String, Object> values = new HashMap<>();
        for (String name : admin.formFields()) {
            values.put(name, ModelFields.read(ModelFields.field(admin.model(), name).orElseThrow(), object));
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<InlineFormSet<?>> inlines(Optional<T> object, Optional<FormData> data) {
        List<InlineFormSet<?>> list = new ArrayList<>();
        for (TabularInline<?> inline : admin.inlineList()) {
            list.add(new InlineFormSet(pages.db, inline, admin.model(), (Optional) object, data));
        }
        return list;
    }

    private Response render(Request request, ModelForm<T> form, List<InlineFormSet<?>> inlines, Optional<T> object) {
        Class<T> model = admin.model();
        List<Map<String, Object>> fieldsets = new ArrayList<>();
        for (Fieldset fieldset : admin.formFieldsets()) {
            List<BoundField> fields = fieldset.fields().stream().map(form::get).toList();
            fieldsets.add(Map.of("name", fieldset.name().orElse(""), "fields", fields));
        }
        String name = ModelFields.verboseName(model);
        Map<String, Object> context = new HashMap<>();
        context.put("title", (change ? "Change " : "Add ") + name);
        context.put("fieldsets", fieldsets);
        context.put("non_field_errors", form.isBound() ? form.nonFieldErrors() : List.of());
        context.put("has_errors", form.isBound() && (!form.isValid() || !inlines.stream().allMatch(InlineFormSet::isValid)));
        context.put("inlines", inlines.stream().map(InlineFormSet::context).toList());
        context.put("app_label", ModelFields.appLabel(model));
        context.put("model_plural", Pages.capitalize(ModelFields.verboseNamePlural(model)));
        context.put("changelist_url", pages.url(Pages.urlName(model, "changelist")));
        context.put("object", object.map(String::valueOf).orElse(""));
        context.put("delete_url", object.map(o -> pages.url(Pages.urlName(model, "delete"),
                String.valueOf(ModelFields.pk(o)))).orElse(""));
        context.put("action", request.path());
        return pages.render(request, "admin/change_form.html", context);
    }
}
