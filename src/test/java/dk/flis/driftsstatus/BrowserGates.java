package dk.flis.driftsstatus;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.opentest4j.TestAbortedException;

/**
 * Whether the tests that need a real browser can run here (Chromium, its chromedriver and, for the
 * accessibility gate, axe-core), and what happens when they cannot: on CI ({@code CI=true}) the test
 * fails, so a broken install cannot pass green; elsewhere it is skipped, and
 * {@link SkippedGatesSummary} names it in one line at the end of the run.
 */
public final class BrowserGates {
    /** The one command that installs everything the browser gates need (CI runs it too). */
    public static final String INSTALL_COMMAND = ".ci/install-browser-tools";
    /** Starts the message of every skip, so the summary can tell a browser gate's skip from others. */
    static final String SKIP_MARKER = "browser gate skipped: ";

    private BrowserGates() {}

    /** Why a browser gate cannot run with these files, or null when every one is there. */
    public static String missing(Path chromium, Path chromedriver, Path axeCore) {
        if (!Files.isExecutable(chromium)) {
            return "Chromium not found at " + chromium;
        }
        if (!Files.isExecutable(chromedriver)) {
            return "chromedriver not found at " + chromedriver;
        }
        if (axeCore != null && !Files.isRegularFile(axeCore)) {
            return "axe-core not found at " + FixtureSite.PROJECT.relativize(axeCore.toAbsolutePath());
        }
        return null;
    }

    /** Whether a missing tool must fail the test run rather than skip the test. */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Returns quietly when nothing is {@code missing}; otherwise fails the test when {@code onCi},
     * else aborts it as skipped with a message the summary recognises.
     */
    public static void requireOrSkip(String missing, boolean onCi) {
        if (missing == null) {
            return;
        }
        if (onCi) {
            Assertions.fail(missing + " (CI=true: the browser gates must run; install with " + INSTALL_COMMAND + ")");
        }
        throw new TestAbortedException(SKIP_MARKER + missing);
    }
}
