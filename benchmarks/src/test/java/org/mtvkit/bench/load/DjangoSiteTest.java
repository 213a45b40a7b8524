package org.mtvkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

class DjangoSiteTest {

    static boolean djangoAndWrkInstalled() {
        return DjangoSite.missing().isEmpty() && Wrk.onPath().isPresent();
    }

    @Test
    @DisplayName("what is missing for the Django comparison is named with the command that installs it, or nothing is")
    void missingNamesTheFix() {
        DjangoSite.missing().ifPresent(why -> assertTrue(why.contains("apt-get install -y") || why.contains("run from"),
                why));
    }

    @Test
    @EnabledIf("djangoAndWrkInstalled")
    @DisplayName("with Django, gunicorn and wrk installed, Django's polls app answers both mixes with no error and counts every vote")
    void shortSessionAgainstDjango() throws Exception {
        LoadTest.Session session = DjangoSite.session(DjangoSite.Workers.SYNC_2, Duration.ofSeconds(1), List.of(
                new LoadTest.Phase("read-only", LoadTest.Mix.READ_ONLY, 4, Duration.ZERO, Duration.ofSeconds(1)),
                new LoadTest.Phase("votes", LoadTest.Mix.VOTES, 4, Duration.ZERO, Duration.ofSeconds(1))));
        assertEquals(0, session.errors(), session.firstErrors().toString());
        assertTrue(session.results().get(0).requests() > 0, "gunicorn answered");
        assertEquals(0, session.results().get(0).votesSent(), "the read-only mix sends no vote");
        assertTrue(session.results().get(1).votesSent() > 0, "votes pass Django's CSRF check with the cookie and token");
        assertTrue(session.votesAgree(), session.votesSent() + " answered, " + session.votesCounted() + " counted");
    }
}
