package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BigContent;
import dk.flis.driftsstatus.ChildBuild;
import dk.flis.driftsstatus.Exhaustive;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build in its own JVM is killed with SIGKILL at random moments. Each time, site/ as a reader
 * resolves it is a complete site (the previous one, or the new one if the build got that far),
 * a reader never finds it missing, and the next build leaves no leftovers.
 *
 * <p>By default 4 kills of HTML-only builds: two anywhere in the run, two aimed at publishing, where
 * the danger is. {@code -Pexhaustive} kills 8 builds that also render every PDF (a far longer render
 * phase to land in); {@code -Ddriftsstatus.killRuns=N} sets the number, {@code -Ddriftsstatus.killSeed=N}
 * the moments.
 */
@Tag(Exhaustive.TAG)
class KilledBuildTest {
    private static final int RUNS = Exhaustive.count("driftsstatus.killRuns", 4, 8);
    private static final long SEED = Long.getLong("driftsstatus.killSeed", 20251010L);
    /** The build command: PDFs multiply the render time by ten, and publishing is the same without them. */
    private static final String[] BUILD =
            Exhaustive.enabled() ? new String[] {"build"} : new String[] {"build", "--no-pdf"};

    @TempDir
    Path temp;

    @Test
    void siteIsAlwaysACompleteSiteWhenABuildIsKilledAtAnyMoment() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        // A few seconds of work in a fresh JVM, and hundreds of files to publish.
        BigContent.write(site.root(), Exhaustive.enabled() ? 200 : 100, Exhaustive.enabled() ? 60 : 36, 0);
        Timing untouched = timedChildBuild(site, "warm-up");
        SortedMap<String, String> previous = FixtureSite.hashes(site.path("site"));

        Random random = new Random(SEED);
        List<String> outcomes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\nUdgave " + run + ".\n");
            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicInteger missing = new AtomicInteger();
            Thread reader = readerOf(site.path("site/index.html"), reading, missing);
            Process child =
                    ChildBuild.start(site.root(), List.of(), Map.of(), temp.resolve("run" + run + ".log"), BUILD);
            long killAfter;
            if (run % 2 == 0) {
                // Anywhere in the run, start-up and rendering included.
                killAfter = (long) (random.nextDouble() * untouched.fullMillis() * 1.2);
                Thread.sleep(killAfter);
            } else {
                // Aimed at publishing: from writing the build's folder to swapping the link, each aimed
                // run in its own slice of the publishing time the untouched build took.
                long extra = (long) ((run / 2 + random.nextDouble()) / (RUNS / 2) * untouched.publishMillis());
                killAfter = waitForStaging(site.root(), child) + extra;
                Thread.sleep(extra);
            }
            child.destroyForcibly(); // SIGKILL on Unix
            child.waitFor(30, TimeUnit.SECONDS);
            reading.set(false);
            reader.join();

            SortedMap<String, String> afterKill = FixtureSite.hashes(site.path("site"));
            FixtureSite.Run next = site.run(BUILD);
            assertEquals(0, next.exitCode(), next.err());
            SortedMap<String, String> fresh = FixtureSite.hashes(site.path("site"));

            String outcome = afterKill.equals(previous) ? "previous" : afterKill.equals(fresh) ? "new" : "MIXED";
            outcomes.add(killAfter + " ms: " + outcome);
            assertTrue(!outcome.equals("MIXED"), "run " + run + " killed after " + killAfter + " ms left a mix");
            assertEquals(0, missing.get(), "a reader found no site/index.html in run " + run);
            PublishTest.assertNoLeftovers(site.root());
            previous = fresh;
        }
        System.out.println(String.join(" ", BUILD) + ": " + untouched + "; kills: " + outcomes);
    }

    /** How long a child build ran in all, and from starting to write its folder to its end. */
    private record Timing(long fullMillis, long publishMillis) {}

    private Timing timedChildBuild(FixtureSite site, String name) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = ChildBuild.start(site.root(), List.of(), Map.of(), temp.resolve(name + ".log"), BUILD);
        long staging = waitForStaging(site.root(), child);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), Files.readString(temp.resolve(name + ".log")));
        long full = (System.nanoTime() - start) / 1_000_000;
        return new Timing(full, Math.max(1, full - staging));
    }

    /** Milliseconds until the child starts writing a staging folder (or ends). */
    private static long waitForStaging(Path root, Process child) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path builds = root.resolve(".site-builds");
        while (child.isAlive()) {
            if (Files.isDirectory(builds)) { // not before the first build publishes
                try (var entries = Files.list(builds)) {
                    if (entries.anyMatch(p -> p.getFileName().toString().startsWith(".staging-"))) {
                        break;
                    }
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
