package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtvkit.contrib.auth.User;

/** Who may see the admin: only an active staff user, and everyone else is sent to the login with next=. */
class AdminAccessTest {

    private final AdminTestSite site = new AdminTestSite();

    @AfterEach
    void close() {
        site.close();
    }

    @ParameterizedTest(name = "an anonymous visitor asking for {0} is sent to the admin login with next=, and sees no data")
    @ValueSource(strings = {"/admin/", "/admin/polls/question/", "/admin/polls/question/add/",
            "/admin/polls/question/1/change/", "/admin/polls/question/1/delete/"})
    void anonymousVisitorsAreSentToTheLogin(String path) throws Exception {
        site.question("A secret question?", Instant.now());
        HttpResponse<String> response = site.get(path);
        assertEquals(302, response.statusCode());
        assertEquals("/admin/login/?next=" + path, AdminTestSite.location(response));
        assertFalse(response.body().contains("A secret question?"));
    }

    @Test
    @DisplayName("an anonymous POST to a change list changes nothing and is sent to the login")
    void anonymousPostChangesNothing() throws Exception {
        site.question("Still here?", Instant.now());
        HttpResponse<String> response = site.post("/admin/login/", "/admin/polls/question/",
                "action", "delete_selected", "_selected_action", "1", "post", "yes");
        assertEquals(302, response.statusCode());
        assertEquals(1, site.db.objects(mysite.polls.models.Question.class).count());
    }

    @Test
    @DisplayName("a staff user who logs in is sent on to the page named by next")
    void staffLoginFollowsNext() throws Exception {
        site.superuser();
        HttpResponse<String> response = site.post("/admin/login/?next=/admin/polls/question/",
                "/admin/login/", "username", "admin", "password", AdminTestSite.PASSWORD, "next", "/admin/polls/question/");
        assertEquals(302, response.statusCode());
        assertEquals("/admin/polls/question/", AdminTestSite.location(response));
        assertEquals(200, site.get("/admin/polls/question/").statusCode());
    }

    @Test
    @DisplayName("a next that leaves the site is ignored: the login goes to the admin index")
    void loginIgnoresOffsiteNext() throws Exception {
        site.superuser();
        HttpResponse<String> response = site.post("/admin/login/", "/admin/login/",
                "username", "admin", "password", AdminTestSite.PASSWORD, "next", "https://evil.example/");
        assertEquals("/admin/", AdminTestSite.location(response));
    }

    @Test
    @DisplayName("a user who is not staff cannot log in, and is told only that a staff account is needed")
    void nonStaffUsersAreRefused() throws Exception {
        site.auth.createUser("visitor", Optional.of(AdminTestSite.PASSWORD));
        HttpResponse<String> response = site.post("/admin/login/", "/admin/login/",
                "username", "visitor", "password", AdminTestSite.PASSWORD);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Please enter the correct username and password for a staff account."));
        assertEquals(302, site.get("/admin/").statusCode());
    }

    @Test
    @DisplayName("a wrong password gets the same message as a user who is not staff")
    void wrongPasswordGetsTheSameMessage() throws Exception {
        site.superuser();
        HttpResponse<String> response = site.post("/admin/login/", "/admin/login/",
                "username", "admin", "password", "wrong");
        assertTrue(response.body().contains(AdminLoginView.NOT_STAFF.replace("'", "&#x27;")) || response.body().contains(AdminLoginView.NOT_STAFF));
        assertEquals(302, site.get("/admin/").statusCode());
    }

    @Test
    @DisplayName("a staff user who is made inactive is logged out of the admin on the next request")
    void deactivatedStaffAreLoggedOut() throws Exception {
        site.loggedIn();
        User admin = site.auth.byUsername("admin").orElseThrow();
        admin.setActive(false);
        site.db.save(admin);
        assertEquals(302, site.get("/admin/").statusCode());
    }

    @Test
    @DisplayName("logging out is a CSRF-checked POST, and afterwards the admin asks for the login again")
    void logoutIsAPost() throws Exception {
        site.loggedIn();
        assertEquals(405, site.get("/admin/logout/").statusCode());
        assertEquals(403, site.postRaw("/admin/logout/").statusCode());
        HttpResponse<String> out = site.post("/admin/", "/admin/logout/");
        assertEquals(200, out.statusCode());
        assertTrue(out.body().contains("Log in again"));
        assertEquals(302, site.get("/admin/").statusCode());
    }

    @Test
    @DisplayName("a change without the CSRF token is refused with 403 and changes nothing")
    void changesNeedTheCsrfToken() throws Exception {
        site.loggedIn();
        HttpResponse<String> response = site.postRaw("/admin/polls/question/add/",
                "questionText", "Sneaky?", "pubDate", "2026-01-01 10:00:00", "choice_set-TOTAL_FORMS", "0");
        assertEquals(403, response.statusCode());
        assertEquals(0, site.db.objects(mysite.polls.models.Question.class).count());
    }
}
