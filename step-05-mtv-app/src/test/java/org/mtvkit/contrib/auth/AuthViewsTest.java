package org.mtvkit.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtvkit.routing.Urls.include;
import static org.mtvkit.routing.Urls.path;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mtvkit.contrib.sessions.SessionConfig;
import org.mtvkit.contrib.sessions.SessionMiddleware;
import org.mtvkit.contrib.sessions.SessionStore;
import org.mtvkit.contrib.sessions.StoredSession;
import org.mtvkit.http.Response;
import testsite.TestSite;

/** Logging in and out over real HTTP, with the login template, CSRF, sessions and a real H2. */
class AuthViewsTest {

    TestSite site;
    Auth auth;
    User ada;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> {
            Auth a = new Auth(db);
            return List.of(
                    include("accounts/", AuthUrls.urlpatterns(db, shortcuts, "/accounts/profile/")),
                    path("private/", LoginRequired.wrap(a, "/accounts/login/",
                            (request, kwargs) -> Response.text("hello " + a.user(request).orElseThrow())), "private"));
        }, List.of(StoredSession.class, User.class),
                db -> List.of(new SessionMiddleware(new SessionStore(db), SessionConfig.defaults())));
        auth = new Auth(site.db);
        ada = auth.createUser("ada", Optional.of("s3cret pass"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> login(String username, String password, String next) throws Exception {
        return site.submit("/accounts/login/", "/accounts/login/", Map.of("username", username, "password", password, "next", next));
    }

    private static String sessionKey(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sessionid="))
                .findFirst().orElseThrow().split(";")[0];
    }

    @Test
    @DisplayName("the login page shows the form, a password input and the CSRF token")
    void loginPage() throws Exception {
        String page = site.get("/accounts/login/?next=/private/").body();
        assertTrue(page.contains("<input type=\"text\" name=\"username\" maxlength=\"150\" required id=\"id_username\">"), page);
        assertTrue(page.contains("<input type=\"password\" name=\"password\" required id=\"id_password\">"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"next\" value=\"/private/\">"), page);
        assertTrue(page.contains("csrfmiddlewaretoken"), page);
    }

    @Test
    @DisplayName("a correct login redirects to the default page, under a new session key, and records the time")
    void loginWorks() throws Exception {
        HttpResponse<String> response = login("ada", "s3cret pass", "");
        assertEquals(302, response.statusCode(), response.body());
        assertEquals("/accounts/profile/", response.headers().firstValue("Location").orElseThrow());
        assertEquals("hello ada", site.get("/private/").body());
        assertTrue(auth.byUsername("ada").orElseThrow().getLastLogin().isPresent());
    }

    @Test
    @DisplayName("logging in gives the session a new key, so a key planted before is worthless (no session fixation)")
    void newKeyOnLogin() throws Exception {
        login("ada", "s3cret pass", "");
        List<String> keys = site.db.objects(StoredSession.class).values("sessionKey").stream()
                .map(row -> String.valueOf(row.get("sessionKey"))).toList();
        HttpResponse<String> again = login("ada", "s3cret pass", "");
        String newKey = sessionKey(again).substring("sessionid=".length());
        assertFalse(keys.contains(newKey), "the key after a login is never one that existed before it");
        assertEquals(1, site.db.objects(StoredSession.class).count(), "the old key's row is gone");
    }

    @Test
    @DisplayName("a wrong password, an unknown user and an inactive user all get one message that reveals nothing")
    void failedLogin() throws Exception {
        User off = auth.createUser("off", Optional.of("s3cret pass"));
        off.setActive(false);
        site.db.save(off);
        for (String[] attempt : List.of(new String[] {"ada", "wrong"}, new String[] {"nobody", "s3cret pass"},
                new String[] {"off", "s3cret pass"})) {
            HttpResponse<String> response = login(attempt[0], attempt[1], "");
            assertEquals(200, response.statusCode());
            String page = response.body();
            assertTrue(page.contains("<ul class=\"errorlist nonfield\"><li>Please enter a correct username and password."
                    + " Note that both fields may be case-sensitive.</li></ul>"), page);
            assertFalse(page.contains(attempt[1]), "the password is never shown again");
            assertTrue(page.contains("value=\"" + attempt[0] + "\""), page);
        }
        assertEquals(302, site.get("/private/").statusCode());
    }

    @Test
    @DisplayName("next= is followed when it stays on this site, and ignored when it leads elsewhere")
    void nextIsLimitedToThisSite() throws Exception {
        assertEquals("/private/", login("ada", "s3cret pass", "/private/").headers().firstValue("Location").orElseThrow());
        for (String evil : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> response = login("ada", "s3cret pass", evil);
            assertEquals("/accounts/profile/", response.headers().firstValue("Location").orElseThrow(), evil);
        }
    }

    @Test
    @DisplayName("the guard sends an anonymous visitor to the login page with where they were going, and back after")
    void loginRequired() throws Exception {
        HttpResponse<String> response = site.get("/private/?x=1");
        assertEquals(302, response.statusCode());
        assertEquals("/accounts/login/?next=/private/%3Fx%3D1", response.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> back = login("ada", "s3cret pass", "/private/?x=1");
        assertEquals("/private/?x=1", back.headers().firstValue("Location").orElseThrow());
    }

    @Test
    @DisplayName("logout is a POST that ends the session; a GET to it is refused with 405")
    void logout() throws Exception {
        login("ada", "s3cret pass", "");
        assertEquals(405, site.get("/accounts/logout/").statusCode());
        assertEquals("hello ada", site.get("/private/").body());
        HttpResponse<String> out = site.submit("/accounts/login/", "/accounts/logout/", Map.of());
        assertEquals(302, out.statusCode());
        assertEquals("/accounts/profile/", out.headers().firstValue("Location").orElseThrow());
        assertEquals(302, site.get("/private/").statusCode());
        assertEquals(0, site.db.objects(StoredSession.class).count());
    }

    @Test
    @DisplayName("changing a user's password logs out the sessions that logged in with the old one")
    void passwordChangeEndsSessions() throws Exception {
        login("ada", "s3cret pass", "");
        User changed = auth.byUsername("ada").orElseThrow();
        changed.setPassword("another one");
        site.db.save(changed);
        assertEquals(302, site.get("/private/").statusCode());
    }
}
