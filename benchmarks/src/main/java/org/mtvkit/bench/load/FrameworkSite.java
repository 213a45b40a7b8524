package org.mtvkit.bench.load;

import static org.mtvkit.routing.Urls.path;

import java.util.List;
import java.util.Map;
import org.mtvkit.bench.polls.Choice;
import org.mtvkit.bench.polls.Question;
import org.mtvkit.http.Handler;
import org.mtvkit.http.HttpException;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.orm.Database;
import org.mtvkit.orm.F;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.Middleware;
import org.mtvkit.routing.Router;
import org.mtvkit.routing.ServerErrors;
import org.mtvkit.template.Engine;

/**
 * The polls site built from the kit's layers: the router, the template engine and the ORM, with the
 * same views as Django's tutorial. The load test runs it against {@link RawPollsServlet}.
 */
public final class FrameworkSite {

    static final String TEMPLATES = "org/mtvkit/bench/templates";

    private final Database db;
    private final Engine templates = Engine.builder().classpath(TEMPLATES).strict(true).build();
    private final Handler handler;

    public FrameworkSite(Database db) {
        this.db = db;
        Router router = Router.builder().build(
                path("polls/", this::index, "index"),
                path("polls/<int:question_id>/", this::detail, "detail"),
                path("polls/<int:question_id>/results/", this::results, "results"),
                path("polls/<int:question_id>/vote/", this::vote, "vote").allow("POST"));
        this.handler = Middleware.chain(router, ServerErrors.create(false));
    }

    /** The router inside its middleware: what the server calls. */
    public Handler handler() {
        return handler;
    }

    // region: views
    Response index(Request request, Kwargs kwargs) {
        List<Question> latest = db.objects(Question.class).orderBy("-pubDate").limit(5).list();
        return render("polls/index.html", Map.of("latest_question_list", latest));
    }

    Response detail(Request request, Kwargs kwargs) {
        return render("polls/detail.html", Map.of("question", question(kwargs)));
    }

    Response results(Request request, Kwargs kwargs) {
        return render("polls/results.html", Map.of("question", question(kwargs)));
    }

    Response vote(Request request, Kwargs kwargs) {
        long questionId = kwargs.longValue("question_id");
        long choiceId = parseId(request.form().get("choice").orElse(""));
        int counted = db.objects(Choice.class).filter("id", choiceId).filter("question__id", questionId)
                .update("votes", F.of("votes").plus(1));    // one UPDATE: no lost votes under load
        if (counted == 0) {
            throw HttpException.badRequest("no choice " + choiceId + " in question " + questionId);
        }
        return Response.redirect("/polls/" + questionId + "/results/");
    }
    // endregion

    private Question question(Kwargs kwargs) {
        long id = kwargs.longValue("question_id");
        return db.objects(Question.class).filter("id", id).first()
                .orElseThrow(() -> HttpException.notFound("no question " + id));
    }

    private Response render(String template, Map<String, ?> context) {
        return Response.html(templates.render(template, context));
    }

    static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw HttpException.badRequest("choice must be a number, got '" + text + "'");
        }
    }
}
