package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.contrib.auth.User;

/** The boolean and foreign-key filters, on a Choice admin filtered by question and a User admin filtered by is_staff. */
class ListFiltersTest {

    private AdminTestSite site;

    @BeforeEach
    void start() throws Exception {
        AdminSite admin = new AdminSite()
                .register(Choice.class, new ModelAdmin<>(Choice.class).listDisplay("choiceText", "question", "votes")
                        .listFilter("question"))
                .register(User.class, new ModelAdmin<>(User.class).listDisplay("username", "isStaff").listFilter("isStaff"));
        site = new AdminTestSite(admin).loggedIn();
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    @DisplayName("a foreign-key filter lists the related objects, and choosing one keeps only its rows")
    void foreignKeyFilter() throws Exception {
        Question colour = site.question("Colour?", Instant.now(), "Red", "Blue");
        site.question("Food?", Instant.now(), "Soup");
        String all = site.get("/admin/polls/choice/").body();
        assertTrue(all.contains("<h3>By question</h3>"));
        assertTrue(all.contains(">Colour?</a>") && all.contains(">Food?</a>"));
        String filtered = site.get("/admin/polls/choice/?question__id__exact=" + colour.getId()).body();
        assertTrue(filtered.contains(">Red</a>") && filtered.contains(">Blue</a>"));
        assertFalse(filtered.contains(">Soup</a>"));
        assertTrue(filtered.contains("<td>Colour?</td>"), "the foreign key's column shows the related object's text");
    }

    @Test
    @DisplayName("a boolean filter offers All, Yes and No, and keeps the matching rows")
    void booleanFilter() throws Exception {
        site.auth.createUser("visitor", Optional.empty());
        String staff = site.get("/admin/auth/user/?isStaff__exact=1").body();
        assertTrue(staff.contains(">admin</a>"));
        assertFalse(staff.contains(">visitor</a>"));
        String others = site.get("/admin/auth/user/?isStaff__exact=0").body();
        assertTrue(others.contains(">visitor</a>"));
        assertFalse(others.contains(">admin</a>"));
        assertTrue(others.contains("<li class=\"selected\"><a href=\"/admin/auth/user/?isStaff__exact=0\">No</a></li>"));
    }

    @Test
    @DisplayName("a filter value that is not an id or not yes/no goes to the error flag, never a 500")
    void badFilterValues() throws Exception {
        assertEquals("/admin/polls/choice/?e=1",
                AdminTestSite.location(site.get("/admin/polls/choice/?question__id__exact=abc")));
        assertEquals("/admin/auth/user/?e=1", AdminTestSite.location(site.get("/admin/auth/user/?isStaff__exact=maybe")));
    }
}
