package org.mtvkit.contrib.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtvkit.contrib.messages.Messages;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;

/**
 * The change list's one action, Django's {@code delete_selected}: the first POST shows what will be
 * deleted (the cascade included) and asks; the POST from that page ({@code post=yes}) deletes it all
 * in one transaction. Ids that are not numbers, or name no object, are left out.
 */
final class DeleteSelectedAction<T> {

    static final String NOTHING_SELECTED = "Items must be selected in order to perform actions on them."
            + " No items have been changed.";

    private final Pages pages;
    private final ModelAdmin<T> admin;

    DeleteSelectedAction(Pages pages, ModelAdmin<T> admin) {
        this.pages = pages;
        this.admin = admin;
    }

    // region: delete-selected
    Response run(Request request) {
        Class<T> model = admin.model();
        String back = pages.url(Pages.urlName(model, "changelist"));
        if (!request.form().get("action").filter("delete_selected"::equals).isPresent()) {
            Messages.warning(request, "No action selected.");
            return Response.redirect(back);
        }
        List<Long> ids = new ArrayList<>();
        for (String text : request.form().getList("_selected_action")) {
            try {
                ids.add(Long.parseLong(text.strip()));
            } catch (NumberFormatException ignored) {
                // a tampered id selects nothing
            }
        }
        List<T> objects = ids.isEmpty() ? List.of() : pages.db.objects(model)
                .filter(ModelFields.primaryKey(model).getName() + "__in", ids).list();
        if (objects.isEmpty()) {
            Messages.warning(request, NOTHING_SELECTED);
            return Response.redirect(back);
        }
        Collector collector = new Collector(pages.db);
        List<Collector.Node> trees = objects.stream().map(collector::collect).toList();
        if (request.form().get("post").filter("yes"::equals).isPresent()) {
            pages.db.atomic(() -> {
                for (Collector.Node tree : trees) {
                    pages.log(request, tree.object(), LogEntry.DELETION, "");
                    collector.delete(tree);
                }
            });
            Messages.success(request, "Successfully deleted " + objects.size() + " "
                    + (objects.size() == 1 ? ModelFields.verboseName(model) : ModelFields.verboseNamePlural(model)) + ".");
            return Response.redirect(back);
        }
        List<Map<String, Object>> deleted = new ArrayList<>();
        trees.forEach(tree -> Collector.lines(tree, 0, deleted));
        return pages.render(request, "admin/delete_selected_confirmation.html", Map.of(
                "title", "Are you sure?",
                "objects_name", objects.size() == 1 ? ModelFields.verboseName(model) : ModelFields.verboseNamePlural(model),
                "deleted_objects", deleted,
                "ids", objects.stream().map(o -> String.valueOf(ModelFields.pk(o))).toList(),
                "app_label", ModelFields.appLabel(model),
                "model_plural", Pages.capitalize(ModelFields.verboseNamePlural(model)),
                "changelist_url", back));
    }
    // endregion
}
