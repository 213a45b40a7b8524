package org.mtvkit.contrib.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the system's chromedriver: Debian's {@code chromium} and
 * {@code chromium-driver} packages. Both paths are given explicitly, so Selenium Manager never runs and
 * nothing is downloaded; without the driver the browser tests are skipped with one line saying how to
 * install it.
 */
final class Browser {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    // Selenium warns that it has no DevTools bindings for this Chromium's version; the tests use none. Kept in a
    // field, because java.util.logging holds loggers weakly and would forget the level.
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private static boolean warned;

    private Browser() {
    }

    // region: browser
    static ChromeDriver start() {
        if (!Files.isExecutable(DRIVER)) {
            String skipped = "Browser tests skipped: no /usr/bin/chromedriver; install it with:"
                    + " sudo apt-get install -y chromium chromium-driver";
            if (!warned) {
                System.err.println(skipped);         // once in the build's output, not only in the report
                warned = true;
            }
            Assumptions.abort(skipped);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("mtvkit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        // Debian's /usr/bin/chromium is a shell wrapper; the real binary is beside the driver it ships.
        Path binary = Path.of("/usr/lib/chromium/chromium");
        options.setBinary(Files.isExecutable(binary) ? binary.toString() : "/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A click returns before the next page has loaded: finding an element waits for it to appear.
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(10));
        return driver;
    }
    // endregion

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
