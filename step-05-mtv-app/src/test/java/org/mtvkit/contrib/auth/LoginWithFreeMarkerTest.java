package org.mtvkit.contrib.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import testsite.TestSite;

/** The login page's FreeMarker twin, registration/login.ftlh: the same form, escaped once, and a working login. */
class LoginWithFreeMarkerTest {

    TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.start((db, shortcuts) -> List.of(
                path("accounts/login/", new LoginView(shortcuts, new Auth(db), "/done/"), "login")),
                List.of(StoredSession.class, User.class),
                db -> List.of(new SessionMiddleware(new SessionStore(db), SessionConfig.defaults())), "freemarker");
        new Auth(site.db).createUser("ada", Optional.of("pw"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    @DisplayName("the FreeMarker login page shows the form's HTML unescaped, and what was typed escaped")
    void loginPage() throws Exception {
        HttpResponse<String> failed = site.submit("/accounts/login/?next=/x/", "/accounts/login/",
                Map.of("username", "<b>", "password", "no", "next", "/x/"));
        String page = failed.body();
        assertTrue(page.contains("<input type=\"text\" name=\"username\" value=\"&lt;b&gt;\" maxlength=\"150\" required id=\"id_username\">"), page);
        assertTrue(page.contains(AuthenticationForm.INVALID_LOGIN), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"next\" value=\"/x/\">"), page);
        HttpResponse<String> ok = site.submit("/accounts/login/", "/accounts/login/", Map.of("username", "ada", "password", "pw"));
        assertEquals("/done/", ok.headers().firstValue("Location").orElseThrow());
    }
}
