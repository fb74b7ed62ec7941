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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (build.generation() == before) {
            assertTrue(System.nanoTime() < deadline, "log:\n" + log);
            Thread.sleep(10);
        }
        assertEquals(null, build.errorsJson(), "the half-written file was never shown as an error");
        assertFalse(log.toString().contains("2025-10.md:"), "nothing was said of the file:\n" + log);
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

    @Test
    void theSavedMonthIsShownAndAnnouncedBeforeTheRestOfTheSite() throws Exception {
        PreviewBuild build = start(false).build();
        String area = "omraader/dfdg.html";
        String areaBefore = text(area);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        build.afterFirst = () -> {
            first.countDown();
            await(release);
        };
        try (RecordedEvents events = new RecordedEvents(build)) {
            replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i december.");
            assertTrue(first.await(10, TimeUnit.SECONDS), "log:\n" + log);
            assertTrue(page().contains("Genåbner i december."), "the month's page is shown first");
            assertTrue(text("index.html").contains("Genåbner i december."), "and the front page, the latest month");
            assertEquals(areaBefore, text(area), "the rest of the site is not rendered yet");
            assertEquals(0, site.run("build", "--no-pdf").exitCode());
            for (String path : List.of(PAGE, "index.html")) {
                assertEquals(Files.readString(site.path("site/" + path)), text(path), path + " as a build makes it");
            }
            assertEquals(List.of("pages [\"index.html\",\"rapporter/2025-10.html\"]"), events.all());

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (text(area).equals(areaBefore)) {
                assertTrue(System.nanoTime() < deadline, "the area page follows; log:\n" + log);
                Thread.sleep(10);
            }
            Thread.sleep(100);
            List<String> said = events.all();
            assertEquals(2, said.size(), said.toString());
            assertTrue(said.get(1).startsWith("pages [") && said.get(1).contains("\"" + area + "\""), said.get(1));
            assertFalse(said.get(1).contains("rapporter/2025-10.html"), "no second reload of the month's page");
        } finally {
            release.countDown();
        }
    }

    @Test
    void whenTheRestOfTheSiteFailsTheMonthShownFirstIsTakenBack() throws Exception {
        PreviewBuild build = start(false).build();
        String before = page();
        CountDownLatch first = new CountDownLatch(1);
        build.afterFirst = first::countDown;
        Path areaTemplate = site.path("templates/area.ftlh");
        String template = Files.readString(areaTemplate, StandardCharsets.UTF_8);
        Files.writeString(areaTemplate, template + "\n${noSuchValue}\n", StandardCharsets.UTF_8);
        replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i december.");
        assertTrue(first.await(10, TimeUnit.SECONDS), "log:\n" + log);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (build.errorsJson() == null) {
            assertTrue(System.nanoTime() < deadline, "the template error is said; log:\n" + log);
            Thread.sleep(10);
        }
        assertTrue(build.errorsJson().contains("area.ftlh"), build.errorsJson());
        assertEquals(before, page(), "the last good site is served, not the month of the failed build");
    }

    @Test
    void olderPdfsArrivingAfterANewerMonthWasShownFirstLeaveThatMonthShown() throws Exception {
        PreviewBuild build = start(true).build();
        String pdf = "pdf/driftsstatus-2025-10.pdf";
        CountDownLatch pdfsHeld = new CountDownLatch(1);
        CountDownLatch releasePdfs = new CountDownLatch(1);
        AtomicBoolean firstPdfs = new AtomicBoolean(true);
        build.beforePdfs = () -> {
            if (firstPdfs.getAndSet(false)) {
                pdfsHeld.countDown();
                await(releasePdfs);
            }
        };
        CountDownLatch shownFirst = new CountDownLatch(1);
        CountDownLatch releaseRest = new CountDownLatch(1);
        try {
            replaceInReport("Lukket pga. snitfladeændringer.", "Genåbner i november.");
            assertTrue(pdfsHeld.await(10, TimeUnit.SECONDS), "log:\n" + log);
            byte[] pdfBefore = server.build().files().get(pdf);
            build.afterFirst = () -> {
                shownFirst.countDown();
                await(releaseRest);
            };
            replaceInReport("Genåbner i november.", "Genåbner i december.");
            assertTrue(shownFirst.await(10, TimeUnit.SECONDS), "log:\n" + log);
            assertTrue(page().contains("Genåbner i december."));

            releasePdfs.countDown(); // the first save's PDF arrives while the second save's month is shown
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (java.util.Arrays.equals(pdfBefore, server.build().files().get(pdf))) {
                assertTrue(System.nanoTime() < deadline, "the first save's PDF is shown; log:\n" + log);
                Thread.sleep(10);
            }
            assertTrue(page().contains("Genåbner i december."), "the newer month stays shown");
        } finally {
            releasePdfs.countDown();
            releaseRest.countDown();
        }
    }

    /** Every event sent to open pages, as "name data". */
    private static final class RecordedEvents implements AutoCloseable {
        private final List<String> events = new CopyOnWriteArrayList<>();
        private final PreviewBuild build;

        RecordedEvents(PreviewBuild build) {
            this.build = build;
            build.hub().listen((name, data) -> events.add(name + " " + data));
        }

        List<String> all() {
            return List.copyOf(events);
        }

        @Override
        public void close() {
            build.hub().listen(null);
        }
    }

    private String text(String path) {
        byte[] bytes = server.build().files().get(path);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private void awaitPage(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!page().contains(text)) {
            assertTrue(System.nanoTime() < deadline, "never shown: " + text + "; log:\n" + log);
            Thread.sleep(10);
        }
    }

    private String page() {
        return text(PAGE);
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
