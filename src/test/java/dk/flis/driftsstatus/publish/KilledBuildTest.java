package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BigContent;
import dk.flis.driftsstatus.ChildBuild;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build in its own JVM is killed with SIGKILL at random moments. Each time, site/ as a reader
 * resolves it is a complete site (the previous one, or the new one if the build got that far),
 * a reader never finds it missing, and the next build leaves no leftovers.
 */
class KilledBuildTest {
    private static final int RUNS = 8;
    private static final long SEED = Long.getLong("driftsstatus.killSeed", 20251010L);

    @TempDir
    Path temp;

    @Test
    void siteIsAlwaysACompleteSiteWhenABuildIsKilledAtAnyMoment() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        BigContent.write(site.root(), 200, 60, 0); // a few seconds of work in a fresh JVM
        long fullBuildMillis = timedChildBuild(site, "warm-up");
        SortedMap<String, String> previous = FixtureSite.hashes(site.path("site"));

        Random random = new Random(SEED);
        List<String> outcomes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\nUdgave " + run + ".\n");
            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicInteger missing = new AtomicInteger();
            Thread reader = readerOf(site.path("site/index.html"), reading, missing);
            Process child = ChildBuild.start(site.root(), List.of(), Map.of(), temp.resolve("run" + run + ".log"), "build");
            long killAfter;
            if (run % 2 == 0) {
                // Anywhere in the run, start-up and rendering included.
                killAfter = (long) (random.nextDouble() * fullBuildMillis * 1.2);
                Thread.sleep(killAfter);
            } else {
                // Aimed at publishing: a few milliseconds after the build starts writing its folder.
                long extra = (run / 2) * 40L + random.nextInt(20); // a sweep across writing and swapping
                killAfter = waitForStaging(site.root(), child) + extra;
                Thread.sleep(extra);
            }
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor(30, TimeUnit.SECONDS);
            reading.set(false);
            reader.join();

            SortedMap<String, String> afterKill = FixtureSite.hashes(site.path("site"));
            FixtureSite.Run next = site.run("build");
            assertEquals(0, next.exitCode(), next.err());
            SortedMap<String, String> fresh = FixtureSite.hashes(site.path("site"));

            String outcome = afterKill.equals(previous) ? "previous" : afterKill.equals(fresh) ? "new" : "MIXED";
            outcomes.add(killAfter + " ms: " + outcome);
            assertTrue(!outcome.equals("MIXED"), "run " + run + " killed after " + killAfter + " ms left a mix");
            assertEquals(0, missing.get(), "a reader found no site/index.html in run " + run);
            PublishTest.assertNoLeftovers(site.root());
            previous = fresh;
        }
        System.out.println("full child build " + fullBuildMillis + " ms; kills: " + outcomes);
    }

    private long timedChildBuild(FixtureSite site, String name) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = ChildBuild.start(site.root(), List.of(), Map.of(), temp.resolve(name + ".log"), "build");
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), Files.readString(temp.resolve(name + ".log")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Milliseconds until the child starts writing a staging folder (or ends). */
    private static long waitForStaging(Path root, Process child) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path builds = root.resolve(".site-builds");
        while (child.isAlive()) {
            try (var entries = Files.list(builds)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith(".staging-"))) {
                    break;
                }
            }
            Thread.sleep(1);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Thread readerOf(Path page, AtomicBoolean reading, AtomicInteger missing) {
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try {
                    if (Files.readAllBytes(page).length == 0) {
                        missing.incrementAndGet();
                    }
                } catch (IOException e) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        return reader;
    }
}
