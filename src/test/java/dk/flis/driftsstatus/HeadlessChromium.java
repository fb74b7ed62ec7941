package dk.flis.driftsstatus;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its own chromedriver (never Selenium Manager, which would try to
 * download a browser), with the flags this closed network needs.
 */
public final class HeadlessChromium {
    /** Debian's paths; {@code -Ddriftsstatus.chromium=…} and {@code -Ddriftsstatus.chromedriver=…} point elsewhere. */
    public static final String CHROMIUM = System.getProperty("driftsstatus.chromium", "/usr/bin/chromium");

    public static final String CHROMEDRIVER = System.getProperty("driftsstatus.chromedriver", "/usr/bin/chromedriver");
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {}

    /** Why the browser cannot run here, or null when Chromium and chromedriver are installed. */
    public static String missing() {
        return BrowserGates.missing(Path.of(CHROMIUM), Path.of(CHROMEDRIVER), null);
    }

    /** A headless browser with a fresh profile in {@code profile} and a window {@code width} × {@code height}. */
    public static ChromeDriver start(Path profile, int width, int height) {
        CDP_VERSION_LOG.setLevel(Level.SEVERE); // Debian's Chromium is newer than any pinned CDP module
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
