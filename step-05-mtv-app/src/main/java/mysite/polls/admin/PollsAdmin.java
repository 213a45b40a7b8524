package mysite.polls.admin;

import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.mtvkit.contrib.admin.AdminSite;
import org.mtvkit.contrib.admin.Display;
import org.mtvkit.contrib.admin.Fieldset;
import org.mtvkit.contrib.admin.ModelAdmin;
import org.mtvkit.contrib.admin.TabularInline;

/** The polls app's {@code admin.py}, as part 7 of Django's tutorial leaves it. */
public final class PollsAdmin {

    private PollsAdmin() {
    }

    // region: choice-inline
    /** The choices, edited as rows under their question: Django's {@code ChoiceInline(admin.TabularInline)}. */
    static final class ChoiceInline extends TabularInline<Choice> {
        ChoiceInline() {
            super(Choice.class);
            extra(3);
        }
    }
    // endregion

    // region: question-admin
    static final class QuestionAdmin extends ModelAdmin<Question> {
        QuestionAdmin() {
            super(Question.class);
            fieldsets(
                    Fieldset.untitled("questionText"),
                    Fieldset.of("Date information", "pubDate"));
            inlines(new ChoiceInline());
            listDisplay("questionText", "pubDate", "wasPublishedRecently");
            display(Display.of("wasPublishedRecently", Question::wasPublishedRecently)   // @admin.display(...)
                    .booleanValue().ordering("pubDate").description("Published recently?"));
            listFilter("pubDate");
            searchFields("questionText");
        }
    }
    // endregion

    // region: register
    /** {@code admin.site.register(Question, QuestionAdmin)}, on the site the project mounts at {@code admin/}. */
    public static AdminSite register(AdminSite site) {
        return site.register(Question.class, new QuestionAdmin());
    }
    // endregion
}
