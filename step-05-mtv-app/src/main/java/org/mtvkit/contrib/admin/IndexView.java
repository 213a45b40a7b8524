package org.mtvkit.contrib.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mtvkit.contrib.auth.User;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.View;

/** The admin's front page: the apps and models, and the user's ten most recent actions. */
final class IndexView implements View {

    private final Pages pages;
    private final View guarded;

    IndexView(Pages pages) {
        this.pages = pages;
        this.guarded = pages.staffOnly(this::index);
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) throws Exception {
        return guarded.handle(request, kwargs);
    }

    private Response index(Request request, Kwargs kwargs) {
        User user = pages.user(request);
        List<Map<String, Object>> recent = new ArrayList<>();
        for (LogEntry entry : pages.db.objects(LogEntry.class).filter("user__id", user.getId())
                .orderBy("-actionTime", "-id").limit(10)) {
            recent.add(Map.of("repr", entry.getObjectRepr(), "flag", entry.getActionFlag() == LogEntry.ADDITION ? "addlink"
                            : entry.getActionFlag() == LogEntry.CHANGE ? "changelink" : "deletelink",
                    "type", Pages.capitalize(entry.getContentType().substring(entry.getContentType().indexOf('.') + 1)),
                    "url", entry.isDeletion() ? "" : changeUrl(entry)));
        }
        return pages.render(request, "admin/index.html", Map.of("title", pages.site.indexTitle(),
                "app_list", pages.appList(), "recent_actions", recent));
    }

    /** The change page of the logged object, when its model is still registered. */
    private String changeUrl(LogEntry entry) {
        for (ModelAdmin<?> admin : pages.site.admins()) {
            if (Pages.contentType(admin.model()).equals(entry.getContentType())) {
                return pages.url(Pages.urlName(admin.model(), "change"), entry.getObjectId());
            }
        }
        return "";
    }
}
