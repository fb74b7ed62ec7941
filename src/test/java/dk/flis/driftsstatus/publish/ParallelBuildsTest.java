package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.ChildBuild;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three builds of different content into the same {@code site/} at once, each in its own JVM (two
 * editors and a cron job): every one succeeds, one after the other, and a reader polling the site
 * never finds a page missing, cut short or mixed with another build's; at the end the site is one
 * whole build. Before builds took turns, the second to publish deleted the first one's half-written
 * folder, and that build failed with only a path.
 */
class ParallelBuildsTest {
    private static final int ROUNDS = Integer.getInteger("driftsstatus.parallelRounds", 1);
    private static final String[] VARIANTS = {"a", "b", "c"};
    private static final int STATIC_FILES = Integer.getInteger("driftsstatus.parallelFiles", 10000);

    @TempDir
    Path temp;

    @Test
    void parallelBuildsTakeTurnsAndAReaderNeverSeesTheSiteMissing() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        // Many static files make writing a build take a while while rendering stays quick, so that
        // builds started together reach publishing together: unlocked, they would collide there.
        Path icons = Files.createDirectories(site.path("templates/static/icons"));
        for (int i = 0; i < STATIC_FILES; i++) {
            Files.writeString(icons.resolve("icon-" + i + ".svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        }
        for (String variant : VARIANTS) {
            FixtureSite.copyTree(site.path("content"), site.path("content-" + variant));
            Path siteJson = site.path("content-" + variant + "/site.json");
            Files.writeString(
                    siteJson,
                    Files.readString(siteJson, StandardCharsets.UTF_8)
                            .replace("\"title\": \"", "\"title\": \"Variant " + variant + " "),
                    StandardCharsets.UTF_8);
        }
        assertEquals(0, site.run("build", "--no-pdf", "--content", "content-a").exitCode());

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger mixed = new AtomicInteger();
        Thread reader = readerOf(site.path("site/index.html"), reading, reads, missing, mixed);
        List<String> logs = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Process> builds = new ArrayList<>();
                for (String variant : VARIANTS) {
                    Path log = temp.resolve("round" + round + "-" + variant + ".log");
                    builds.add(ChildBuild.start(
                            site.root(),
                            List.of(),
                            Map.of(),
                            log,
                            "build",
                            "--no-pdf",
                            "--content",
                            "content-" + variant));
                }
                for (int i = 0; i < builds.size(); i++) {
                    Process build = builds.get(i);
                    assertTrue(build.waitFor(120, TimeUnit.SECONDS), "a build never ended");
                    String log = Files.readString(temp.resolve("round" + round + "-" + VARIANTS[i] + ".log"));
                    logs.add(log);
                    assertEquals(
                            0, build.exitValue(), "build " + VARIANTS[i] + " of round " + round + " failed: " + log);
                }
            }
        } finally {
            reading.set(false);
            reader.join();
        }

        assertEquals(
                0,
                missing.get(),
                "the reader found site/index.html missing or cut short " + missing.get() + " times in " + reads.get()
                        + " reads");
        assertEquals(0, mixed.get(), "the reader found pages of two builds in one site " + mixed.get() + " times");
        assertTrue(
                logs.stream().anyMatch(log -> log.contains("venter på en anden build af site/")),
                String.join("\n", logs));
        // The site is one whole build: the pages of one variant as a build of it alone makes them, and every icon.
        SortedMap<String, String> published = FixtureSite.hashes(site.path("site"));
        String title = Files.readString(site.path("site/index.html"), StandardCharsets.UTF_8);
        String variant = title.contains("Variant a") ? "a" : title.contains("Variant b") ? "b" : "c";
        FixtureSite alone = FixtureSite.of("small", temp.resolve("alone"));
        FixtureSite.copyTree(site.path("content-" + variant), alone.path("content-" + variant));
        assertEquals(
                0,
                alone.run("build", "--no-pdf", "--content", "content-" + variant)
                        .exitCode());
        SortedMap<String, String> pages = new java.util.TreeMap<>(published);
        pages.keySet().removeIf(path -> path.startsWith("icons/"));
        assertEquals(FixtureSite.hashes(alone.path("site")), pages, "the pages are one build's");
        assertEquals(STATIC_FILES, published.size() - pages.size(), "every icon is there");
        PublishTest.assertNoLeftovers(site.root());
    }

    /**
     * Reads {@code site/index.html} as a web server would, counting it missing or cut short; and,
     * through the folder the link names at one moment, checks that the index and another page come
     * from the same build (one variant's title), never a mix.
     */
    private static Thread readerOf(
            Path page, AtomicBoolean reading, AtomicInteger reads, AtomicInteger missing, AtomicInteger mixed) {
        Thread reader = new Thread(() -> {
            Path site = page.getParent();
            while (reading.get()) {
                reads.incrementAndGet();
                try {
                    String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
                    if (!text.strip().endsWith("</html>")) {
                        missing.incrementAndGet();
                    }
                } catch (IOException e) {
                    missing.incrementAndGet();
                }
                try {
                    Path build = site.toRealPath();
                    String index = Files.readString(build.resolve("index.html"), StandardCharsets.UTF_8);
                    String other = Files.readString(build.resolve("sider/om.html"), StandardCharsets.UTF_8);
                    if (!variantOf(index).equals(variantOf(other))) {
                        mixed.incrementAndGet();
                    }
                } catch (IOException e) {
                    // That build was retired between resolving the link and reading: not a mix.
                }
            }
        });
        reader.start();
        return reader;
    }

    private static String variantOf(String page) {
        int at = page.indexOf("Variant ");
        return at < 0 ? "none" : page.substring(at, at + 9);
    }
}
