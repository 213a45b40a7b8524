package org.mtvkit.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The memory a site's JVM holds after a load session: resident set size, and the live heap. */
final class Memory {

    private Memory() {
    }

    /** This JVM's resident set size, in bytes; 0 where there is no /proc. */
    static long residentBytes() {
        return residentBytes(ProcessHandle.current().pid());
    }

    /** A process's resident set size from {@code /proc/<pid>/status}, in bytes; 0 where there is none. */
    static long residentBytes(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
            for (String line : status) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The heap in use after asking for a full collection: what the site keeps alive. */
    static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
