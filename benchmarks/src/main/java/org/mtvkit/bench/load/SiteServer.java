package org.mtvkit.bench.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.mtvkit.bench.PollsDatabase;

/**
 * One site of the load session, alone in its JVM: {@link SiteProcess} starts it, wrk drives it from
 * outside, and it answers the parent's questions on its standard input, one line each:
 * {@code votes} (the votes in its database), {@code heap} (the heap in use after a collection),
 * {@code maxheap} (the most it may grow to). It stops
 * when its input closes.
 */
public final class SiteServer {

    static final String LISTENING = "listening on ";

    private SiteServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SiteServer FRAMEWORK|RAW_SERVLET");
        }
        LoadTest.Site site = LoadTest.Site.valueOf(args[0]);
        try (PollsDatabase db = PollsDatabase.seeded(LoadTest.QUESTIONS, LoadTest.CHOICES)) {
            LoadTest.Served served = LoadTest.serve(site, db);
            System.out.println(LISTENING + served.uri().getPort());
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String command; (command = commands.readLine()) != null; ) {
                switch (command.trim()) {
                    case "votes" -> System.out.println(LoadTest.votesIn(db));
                    case "heap" -> System.out.println(Memory.heapUsedAfterGc());
                    case "maxheap" -> System.out.println(Runtime.getRuntime().maxMemory());
                    default -> System.out.println("unknown command '" + command + "': votes, heap or maxheap");
                }
                System.out.flush();
            }
            served.server().close();
        }
        System.exit(0);   // Jetty's and H2's threads are not all daemons
    }
}
