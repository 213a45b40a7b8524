package org.mtvkit.bench.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.mtvkit.bench.PollsDatabase;

/**
 * One site of the load session, alone in its JVM: {@link SiteProcess} starts it, wrk drives it from
 * outside, and it answers the parent's questions on its standard input, one line each:
 * {@code votes} (the votes in its database), {@code heap} (the heap in use after a collection),
 * {@code maxheap} (the most it may grow to), {@code cpu} (the CPU time its process has used so far, all
 * threads, in ns) and {@code allocated} (the bytes all its threads have allocated on the heap since the
 * JVM started, threads that have ended included). {@code cpu} and {@code allocated} answer -1 on a JVM
 * that cannot tell. It stops when its input closes.
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
        enableAllocationCounting();
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
                    case "cpu" -> System.out.println(cpuNanos());
                    case "allocated" -> System.out.println(allocatedBytes());
                    default -> System.out.println("unknown command '" + command
                            + "': votes, heap, maxheap, cpu or allocated");
                }
                System.out.flush();
            }
            served.server().close();
        }
        System.exit(0);   // Jetty's and H2's threads are not all daemons
    }

    /** HotSpot counts each thread's allocations by default; a JVM that can but does not is told to. */
    private static void enableAllocationCounting() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && !threads.isThreadAllocatedMemoryEnabled()) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
    }

    /** The CPU time this process has used, every thread (Jetty's, H2's, the GC's, the JIT's), in ns; -1 if unknown. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The bytes every thread has allocated on the heap since the JVM started, ended threads included; -1 if unknown. */
    private static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemoryEnabled() ? threads.getTotalThreadAllocatedBytes() : -1;
    }
}
