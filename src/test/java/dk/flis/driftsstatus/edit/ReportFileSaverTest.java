package dk.flis.driftsstatus.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving only over the version the form was made from, atomically, leaving nothing behind. */
class ReportFileSaverTest {
    @TempDir
    Path reports;

    private final ReportFileSaver saver = new ReportFileSaver();

    private Path report(String text) throws IOException {
        Path file = reports.resolve("2025-10.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    @Test
    void aSaveOverTheVersionShownWritesAndKeepsPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path file = report("old\n");
        String base = ReportFileSaver.hash(file);
        assertInstanceOf(ReportFileSaver.Saved.class, saver.save(file, "new\n", base, null));
        assertEquals("new\n", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void aSaveAfterTheFileChangedOnDiskIsRefusedAndTheNewVersionStays() throws IOException {
        Path file = report("old\n");
        String base = ReportFileSaver.hash(file);
        Files.writeString(file, "someone else's\n");
        ReportFileSaver.Outcome outcome = saver.save(file, "mine\n", base, null);
        assertEquals(new ReportFileSaver.Stale(ReportFileSaver.hash(file)), outcome);
        assertEquals("someone else's\n", Files.readString(file));
        // "Gem alligevel" replaces exactly the version the editor was shown, and only that one.
        assertInstanceOf(
                ReportFileSaver.Saved.class,
                saver.save(file, "mine\n", base, ((ReportFileSaver.Stale) outcome).currentSha256()));
        assertEquals("mine\n", Files.readString(file));
    }

    @Test
    void anUnchangedFileIsLeftByteIdenticalWithItsModificationTime() throws IOException {
        Path file = report("same\n");
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, before);
        assertInstanceOf(ReportFileSaver.Unchanged.class, saver.save(file, "same\n", ReportFileSaver.hash(file), null));
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void aLinkedReportIsNotReplaced() throws IOException {
        Path target = reports.resolve("real.txt");
        Files.writeString(target, "x\n");
        Path link = Files.createSymbolicLink(reports.resolve("2025-10.md"), target);
        assertInstanceOf(ReportFileSaver.Linked.class, saver.save(link, "y\n", ReportFileSaver.hash(target), null));
        assertEquals("x\n", Files.readString(target));
    }

    @Test
    void createNeverReplacesAReport() throws IOException {
        Path file = report("old\n");
        assertThrows(FileAlreadyExistsException.class, () -> saver.create(file, "new\n"));
        assertEquals("old\n", Files.readString(file));
        saver.create(reports.resolve("2025-11.md"), "nov\n");
        assertEquals("nov\n", Files.readString(reports.resolve("2025-11.md")));
    }

    @Test
    void twoSavesFromOneFormWriteOnce() throws Exception {
        Path file = report("old\n");
        String base = ReportFileSaver.hash(file);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> saver.save(file, "first\n", base, null));
            var second = pool.submit(() -> saver.save(file, "second\n", base, null));
            java.util.List<ReportFileSaver.Outcome> outcomes = java.util.List.of(first.get(), second.get());
            assertEquals(
                    1,
                    outcomes.stream()
                            .filter(o -> o instanceof ReportFileSaver.Saved)
                            .count(),
                    outcomes.toString());
            assertEquals(
                    1,
                    outcomes.stream()
                            .filter(o -> o instanceof ReportFileSaver.Stale)
                            .count(),
                    outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
