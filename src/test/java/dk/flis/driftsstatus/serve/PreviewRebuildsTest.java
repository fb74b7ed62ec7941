package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * When the preview rebuilds and what it shows: a rebuild starts at once, but never shows a file
 * read half written, never loses a save made while it ran, and never waits for older PDFs.
 */
@Isolated // watches folders and times rebuilds: no other test competes for the cores
class PreviewRebuildsTest {
    private static final String REPORT = "content/reports/2025-10.md";
    private static final String PAGE = "rapporter/2025-10.html";

    @TempDir
    Path temp;

    private final StringWriter log = new StringWriter();
    private FixtureSite site;
    private PreviewServer server;

    private PreviewServer start(boolean pdf) throws IOException {
        site = FixtureSite.of("small", temp);
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), pdf);
        server = PreviewServer.start(options, "127.0.0.1", 0, new PrintWriter(log));
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFileReadHalfWrittenIsNeverShownNotEvenAsAnError() throws Exception {
        PreviewBuild build = start(false).build();
        String whole = Files.readString(site.path(REPORT), StandardCharsets.UTF_8)
                .replace("Lukket pga. snitfladeændringer.", "Genåbner i december.");
        String half = whole.substring(0, whole.indexOf("status: partial") + "status: par".length());
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        build.afterCheck = () -> {
            if (first.getAndSet(false)) { // the rebuild that read the first half: hold it until the rest is there
                read.countDown();
                await(written);
            }
        };
        int before = build.generation();

        Files.writeString(site.path(REPORT), half, StandardCharsets.UTF_8); // an editor's first write ...
        assertTrue(read.await(5, TimeUnit.SECONDS), "a rebuild starts at once; log:\n" + log);
        Files.writeString(site.path(REPORT), whole, StandardCharsets.UTF_8); // ... and the rest, 0 ms later
        written.countDown();

        awaitPage("Genåbner i december.");
        assertEquals(null, build.errorsJson(), "the half-written file was never shown as an error");
        assertFalse(log.toString().contains("2025-10.md:"), "nothing was said of the file:\n" + log);
        assertTrue(build.generation() > before, "log:\n" + log);
    }

    @Test
    void aSaveMadeWhileARebuildRunsIsShownToo() throws Exception {
        PreviewBuild build = start(false).build();
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch saved = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        build.afterCheck = () -> {
            if (first.getAndSet(false)) {
                read.countDown();
                await(saved);
            }
        };

        replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i november.");
        assertTrue(read.await(5, TimeUnit.SECONDS), "log:\n" + log);
        Thread.sleep(PreviewServer.QUIET_MILLIS * 2); // a save of its own, not a second part of the first
        replaceInReport("Genåbner i november.", "Genåbner i december.");
        saved.countDown();

        awaitPage("Genåbner i december.");
    }

    @Test
    void aNewSavesPagesNeverWaitForTheOlderSavesPdfs() throws Exception {
        PreviewBuild build = start(true).build();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        build.beforePdfs = () -> {
            rendering.countDown();
            await(release);
        };
        try {
            replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i november.");
            assertTrue(rendering.await(10, TimeUnit.SECONDS), "the PDFs of the first save render; log:\n" + log);

            replaceInReport("Genåbner i november.", "Genåbner i december.");
            awaitPage("Genåbner i december.");
            CompletableFuture<Void> direct = CompletableFuture.runAsync(build::rebuild);
            direct.get(10, TimeUnit.SECONDS); // the rebuild called directly is not held either
        } finally {
            release.countDown();
        }
    }

    private void awaitPage(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!page().contains(text)) {
            assertTrue(System.nanoTime() < deadline, "never shown: " + text + "; log:\n" + log);
            Thread.sleep(10);
        }
    }

    private String page() {
        byte[] bytes = server.build().files().get(PAGE);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private void replaceInReport(String from, String to) throws IOException {
        Path file = site.path(REPORT);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the rebuild");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
