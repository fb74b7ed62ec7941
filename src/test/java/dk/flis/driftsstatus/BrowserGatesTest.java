package dk.flis.driftsstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Without Chromium, chromedriver or axe-core a browser gate is skipped and named in one line at the
 * end of the run, with the command that installs them; under {@code CI=true} it fails instead.
 */
class BrowserGatesTest {
    @TempDir
    Path temp;

    @Test
    void namesTheFirstToolThatIsMissing() throws IOException {
        Path chromium = temp.resolve("chromium");
        Path driver = temp.resolve("chromedriver");
        Path axe = temp.resolve("axe.min.js");
        assertEquals("Chromium not found at " + chromium, BrowserGates.missing(chromium, driver, axe));

        executable(chromium);
        assertEquals("chromedriver not found at " + driver, BrowserGates.missing(chromium, driver, axe));

        executable(driver);
        assertTrue(BrowserGates.missing(chromium, driver, axe).startsWith("axe-core not found at "));
        assertNull(BrowserGates.missing(chromium, driver, null), "the preview test needs no axe-core");

        Files.writeString(axe, "");
        assertNull(BrowserGates.missing(chromium, driver, axe));
    }

    @Test
    void aMissingToolFailsTheTestOnCi() {
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> BrowserGates.requireOrSkip("chromedriver not found at /nowhere", true));
        assertTrue(failure.getMessage().contains("chromedriver not found at /nowhere"), failure.getMessage());
        assertTrue(failure.getMessage().contains(BrowserGates.INSTALL_COMMAND), failure.getMessage());
    }

    @Test
    void aMissingToolSkipsTheTestOffCiAndNothingMissingDoesNeither() {
        assertThrows(TestAbortedException.class, () -> BrowserGates.requireOrSkip("chromedriver not found", false));
        BrowserGates.requireOrSkip(null, true);
        BrowserGates.requireOrSkip(null, false);
    }

    @Test
    void theEndOfTheRunNamesEachSkippedGateAndTheInstallCommandInOneLine() {
        String printed = runWithSummary(
                GateWithoutChromedriver.class, OtherGateWithoutChromedriver.class, TestThatSkipsForAnotherReason.class);
        assertEquals(
                "SKIPPED browser gates: BrowserGatesTest$GateWithoutChromedriver, "
                        + "BrowserGatesTest$OtherGateWithoutChromedriver (chromedriver not found at /nowhere/chromedriver). "
                        + "Install what they need with: .ci/install-browser-tools" + System.lineSeparator(),
                printed);
    }

    @Test
    void aRunWithoutSkippedGatesPrintsNothing() {
        assertEquals("", runWithSummary(TestThatSkipsForAnotherReason.class));
    }

    /** Runs the given test classes in a launcher of their own with only the summary listening. */
    private static String runWithSummary(Class<?>... classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        var request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> type : classes) {
            request.selectors(DiscoverySelectors.selectClass(type));
        }
        // No auto-registration: the real summary of this run must not see these planted skips.
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .build())
                .execute(request.build(), new SkippedGatesSummary(out));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A gate whose browser is "installed" (/bin/sh stands in) but whose driver is not. */
    static class GateWithoutChromedriver {
        @Test
        void audit() {
            BrowserGates.requireOrSkip(
                    BrowserGates.missing(Path.of("/bin/sh"), Path.of("/nowhere/chromedriver"), null), false);
        }

        @Test
        void auditAgain() {
            audit();
        }
    }

    static class OtherGateWithoutChromedriver extends GateWithoutChromedriver {}

    static class TestThatSkipsForAnotherReason {
        @Test
        void skipped() {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "not today");
        }
    }
}
