package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.publish.OutputGuard;
import dk.flis.driftsstatus.publish.OutputLock;
import dk.flis.driftsstatus.publish.OutputRefused;
import dk.flis.driftsstatus.publish.SitePublisher;
import dk.flis.driftsstatus.render.RenderedSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The recipe's access to the output folder: refused unless it is ours to write, locked against
 * another build, repaired after a killed one, and replaced whole by publishing. Every problem is an
 * error at the output, in the diagnostics given.
 */
final class OutputAccess {
    private final BuildOptions options;

    OutputAccess(BuildOptions options) {
        this.options = options;
    }

    /** False (with the reason in {@code diagnostics}) when the output is not ours to write ({@link OutputGuard}). */
    boolean check(Diagnostics diagnostics) {
        Optional<OutputRefused> refused = OutputGuard.check(
                options.output(),
                new OutputGuard.Protected(options.workingDirectory(), options.content(), options.templates(), home()));
        refused.ifPresent(r -> error(diagnostics, r.text(), r.hint()));
        return refused.isEmpty();
    }

    /**
     * Checks the output, takes its lock (waiting for another build), checks it again (that build may
     * have changed it) and repairs what a killed build left, so that the output is the previous
     * complete site again even if this build fails. Empty, with the reason in {@code diagnostics},
     * when any of that fails. Hold the lock until publishing is over.
     */
    Optional<OutputLock> lock(Consumer<String> waiting, Diagnostics diagnostics) {
        if (!check(diagnostics)) {
            return Optional.empty();
        }
        OutputLock lock;
        try {
            lock = SitePublisher.lock(options.output(), options.shownOutput(), OutputLock.timeout(), waiting);
        } catch (OutputRefused e) {
            error(diagnostics, e.text(), e.hint());
            return Optional.empty();
        } catch (IOException e) {
            error(diagnostics, "output-prepare-failed", IoProblems.describe(e));
            return Optional.empty();
        }
        boolean ready = false;
        try {
            if (!check(diagnostics)) {
                return Optional.empty();
            }
            SitePublisher.recover(options.output());
            ready = true;
            return Optional.of(lock);
        } catch (IOException e) {
            error(diagnostics, "output-tidy-failed", IoProblems.describe(e));
            return Optional.empty();
        } finally {
            if (!ready) {
                releaseQuietly(lock);
            }
        }
    }

    /** Publishes {@code site} as the whole output; false (with the reason) when it could not. */
    boolean publish(RenderedSite site, Diagnostics diagnostics) {
        try {
            SitePublisher.publish(site, options.output());
            return true;
        } catch (IOException e) {
            error(diagnostics, "publish-failed", IoProblems.describe(e));
            return false;
        }
    }

    /** Releases the lock; a failure to do so is an error (the operating system releases it at exit). */
    void release(OutputLock lock, Diagnostics diagnostics) {
        try {
            lock.close();
        } catch (IOException e) {
            error(diagnostics, "output-lock-release-failed", IoProblems.describe(e));
        }
    }

    private static void releaseQuietly(OutputLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // the operating system releases it when the process ends anyway
        }
    }

    private void error(Diagnostics diagnostics, Text message, Text hint) {
        diagnostics.error(SourcePosition.of(options.shownOutput()), message, hint);
    }

    private void error(Diagnostics diagnostics, String code, Object... args) {
        diagnostics.error(SourcePosition.of(options.shownOutput()), code, args);
    }

    private static Path home() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home);
    }
}
