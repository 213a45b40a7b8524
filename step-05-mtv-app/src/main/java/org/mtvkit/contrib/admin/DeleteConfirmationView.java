package org.mtvkit.contrib.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtvkit.contrib.messages.Messages;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.View;

/**
 * Delete one object: GET asks "Are you sure?" and lists everything that goes with it; the POST from
 * that page (with {@code post=yes}) deletes it all in one transaction and logs it.
 */
final class DeleteConfirmationView<T> implements View {

    private final Pages pages;
    private final ModelAdmin<T> admin;

    DeleteConfirmationView(Pages pages, ModelAdmin<T> admin) {
        this.pages = pages;
        this.admin = admin;
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        Class<T> model = admin.model();
        T object = Pages.getOr404(pages.db, model, kwargs.string("object_id"));
        Collector collector = new Collector(pages.db);
        Collector.Node tree = collector.collect(object);
        String name = ModelFields.verboseName(model);
        if (request.method().equals("POST") && request.form().get("post").filter("yes"::equals).isPresent()) {
            String repr = String.valueOf(object);
            pages.db.atomic(() -> {
                pages.log(request, object, LogEntry.DELETION, "");
                collector.delete(tree);
            });
            Messages.success(request, "The " + name + " \u201c" + repr + "\u201d was deleted successfully.");
            return Response.redirect(pages.url(Pages.urlName(model, "changelist")));
        }
        List<Map<String, Object>> deleted = new ArrayList<>();
        Collector.lines(tree, 0, deleted);
        return pages.render(request, "admin/delete_confirmation.html", Map.of(
                "title", "Are you sure?",
                "object_name", name, "object", String.valueOf(object),
                "deleted_objects", deleted,
                "app_label", ModelFields.appLabel(model),
                "model_plural", Pages.capitalize(ModelFields.verboseNamePlural(model)),
                "changelist_url", pages.url(Pages.urlName(model, "changelist")),
                "change_url", pages.url(Pages.urlName(model, "change"), kwargs.string("object_id"))));
    }
}
