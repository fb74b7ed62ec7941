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
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private HeadlessChromium() {
    }

    /** Why the browser cannot run here, or null when Chromium and chromedriver are installed. */
    public static String missing() {
        if (!new File(CHROMIUM).canExecute()) {
            return "Chromium not found at " + CHROMIUM + " (apt-get install -y chromium chromium-driver)";
        }
        if (!new File(CHROMEDRIVER).canExecute()) {
            return "chromedriver not found at " + CHROMEDRIVER + " (apt-get install -y chromium-driver)";
        }
        return null;
    }

    /** Whether a missing browser must fail the test run (CI) rather than skip the test. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A headless browser with a fresh profile in {@code profile} and a window {@code width} × {@code height}. */
    public static ChromeDriver start(Path profile, int width, int height) {
        CDP_VERSION_LOG.setLevel(Level.SEVERE); // Debian's Chromium is newer than any pinned CDP module
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
