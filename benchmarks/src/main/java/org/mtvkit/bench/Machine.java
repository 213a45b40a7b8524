package org.mtvkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the figures came from: printed above every run, because a ratio is only true of its machine. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return "Machine: " + cpuModel().orElse(System.getProperty("os.arch")) + ", "
                + rt.availableProcessors() + " cores available, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "JDK:     " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version") + ", max heap " + rt.maxMemory() / (1024 * 1024) + " MiB";
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | SecurityException e) {
            return Optional.empty();                  // not Linux: the architecture will do
        }
    }
}
