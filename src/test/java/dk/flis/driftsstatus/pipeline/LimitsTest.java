package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.ChildBuild;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.markdown.Markdown;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs past any real month end in one clear error, never in a stack trace, and in time: a file
 * over the size limit is refused before it is read, thousands of headings take linear time, and
 * running out of memory is one line.
 */
class LimitsTest {
    private static final int HEADINGS = 16_000;

    @TempDir
    Path temp;

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsReadWithTheLaunchersMemory() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        try (RandomAccessFile huge =
                new RandomAccessFile(site.path("content/reports/2025-11.md").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024); // sparse: no time or disk spent on writing it
        }

        String output = child(site, "-Xmx384m", "check");

        assertTrue(
                output.contains("content/reports/2025-11.md: fejl: Filen fylder 100,0 MB, men en indholdsfil må "
                        + "højst fylde 10 MB."),
                output);
        assertNoStackTrace(output);
    }

    @Test
    void runningOutOfMemoryIsOneLineWithAHint() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        StringBuilder note = new StringBuilder("---\ndate: 2025-11-10\n---\n\n## Økonomi\n\n");
        while (note.length() < 9_000_000) {
            note.append("> - **[et link](https://example.com/")
                    .append(note.length())
                    .append(")** og *mere*\n");
        }
        Files.writeString(site.path("content/reports/2025-11.md"), note, StandardCharsets.UTF_8);

        String output = child(site, "-Xmx40m", "check");

        assertTrue(
                output.contains("driftsstatus: fejl: Indholdet er for stort til den hukommelse, Java har fået."),
                output);
        assertNoStackTrace(output);
    }

    @Test
    void headingsAreSplitInLinearTime() {
        Markdown.instance().sections(headings(HEADINGS / 4)); // warm up the compiler
        long quarter = cpuMillis(() -> Markdown.instance().sections(headings(HEADINGS / 4)));
        long[] whole = new long[1];
        Markdown.Sections sections = timed(whole, () -> Markdown.instance().sections(headings(HEADINGS)));

        assertEquals(HEADINGS, sections.sections().size());
        assertEquals(
                2 + 4 * (HEADINGS - 1), sections.sections().get(HEADINGS - 1).line());
        // Linear: four times the headings, about four times the time (quadratic would be sixteen).
        String took =
                HEADINGS + " headings took " + whole[0] + " ms of CPU, " + HEADINGS / 4 + " took " + quarter + " ms";
        assertTrue(whole[0] <= 8 * Math.max(quarter, 50), took);
        assertTrue(whole[0] <= 2_000, took);
        System.out.println("splitting " + HEADINGS + " headings: " + whole[0] + " ms of CPU");
    }

    @Test
    void checkOfAReportWithSixteenThousandHeadingsEndsInSeconds() throws IOException {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        Files.writeString(
                site.path("content/reports/2025-11.md"),
                "---\ndate: 2025-11-10\n---\n" + headings(),
                StandardCharsets.UTF_8);

        long start = System.nanoTime();
        FixtureSite.Run run = site.run("check");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(1, run.exitCode()); // every heading names an unknown area
        assertTrue(
                run.headlines().get(0).startsWith("content/reports/2025-11.md:5:4: fejl: "),
                run.headlines().get(0));
        assertTrue(millis <= 10_000, "check took " + millis + " ms");
    }

    private static String headings() {
        return headings(HEADINGS);
    }

    /** "## Område 0" … on lines 2, 6, 10, …, each with a line of text. */
    private static String headings(int count) {
        StringBuilder body = new StringBuilder("\n");
        for (int i = 0; i < count; i++) {
            body.append("## Område ").append(i).append("\n\nTekst ").append(i).append(".\n\n");
        }
        return body.toString();
    }

    private static long cpuMillis(Runnable work) {
        long[] millis = new long[1];
        timed(millis, () -> {
            work.run();
            return null;
        });
        return millis[0];
    }

    private static <T> T timed(long[] millis, java.util.function.Supplier<T> work) {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        T result = work.get();
        millis[0] = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1_000_000;
        return result;
    }

    private String child(FixtureSite site, String heap, String... args) throws Exception {
        Path log = temp.resolve("child.log");
        Process process = ChildBuild.start(site.root(), List.of(heap), Map.of(), log, args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child never ended");
        assertEquals(1, process.exitValue(), Files.readString(log));
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(String output) {
        assertFalse(output.contains("\tat ") || output.contains("Exception") || output.contains("java.lang."), output);
    }
}
