package dk.flis.driftsstatus.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.BenchHistory;
import dk.flis.driftsstatus.Exhaustive;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ParsedReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parse → form → write → parse over every report in the test fixtures, the real content and a
 * generated history (ten years with {@code -Pexhaustive}): the report read back is the one read
 * first, the form read back is the form written, and writing it again gives the same bytes.
 */
class ReportFormRoundTripTest {
    @TempDir
    static Path generated;

    static Stream<Path> contentFolders() {
        List<Path> folders = new ArrayList<>();
        for (String site : List.of("small", "history", "year-end")) {
            folders.add(FixtureSite.resource("sites/" + site + "/content"));
        }
        folders.add(FixtureSite.PROJECT.resolve("content"));
        return folders.stream();
    }

    @ParameterizedTest
    @MethodSource("contentFolders")
    void everyReportReadsBackAsItWasAndWritingIsIdempotent(Path content) throws IOException {
        assertRoundTrips(content);
    }

    /** Two generated years by default; ten with {@code -Pexhaustive}. */
    @Test
    @Tag(Exhaustive.TAG)
    void generatedYearsRoundTrip() throws IOException {
        FixtureSite site = BenchHistory.write(
                Exhaustive.count("driftsstatus.roundTripMonths", 24, 120), generated.resolve("bench"));
        assertRoundTrips(site.path("content"));
    }

    @Test
    void theRealOctoberReportIsAlreadyCanonical() throws IOException {
        Path content = FixtureSite.PROJECT.resolve("content");
        Path file = content.resolve("reports/2025-10.md");
        ReportReader.Read read = read(load(content), file, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(
                Files.readString(file, StandardCharsets.UTF_8),
                CanonicalReport.write(read.form()).text());
    }

    @Test
    void anAliasHeadingIsTheOneDifferenceInTheSmallFixture() throws IOException {
        Path content = FixtureSite.resource("sites/small/content");
        Path file = content.resolve("reports/2025-10.md");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String written = CanonicalReport.write(
                        read(load(content), file, original).form())
                .text();
        assertFalse(original.equals(written));
        assertEquals(original.replace("\n## KRL\n", "\n## KRL Personale\n"), written);
    }

    private static void assertRoundTrips(Path content) throws IOException {
        LoadedContent loaded = load(content);
        List<Path> files;
        try (Stream<Path> list = Files.list(content.resolve("reports"))) {
            files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ReportReader.Read first = read(loaded, file, Files.readString(file, StandardCharsets.UTF_8));
            String written = CanonicalReport.write(first.form()).text();
            ReportReader.Read again = read(loaded, file, written);
            assertEquals(first.report(), again.report(), file + " reads back as the same report");
            assertEquals(first.form(), again.form(), file + " reads back as the same form");
            assertEquals(written, CanonicalReport.write(again.form()).text(), file + ": writing is idempotent");
            assertTrue(written.endsWith("\n") && !written.endsWith("\n\n"), file + ": one final newline");
        }
    }

    static LoadedContent load(Path content) {
        Diagnostics diagnostics = new Diagnostics();
        LoadedContent loaded =
                ContentLoader.load(new ContentFolder(content, content.getParent()), diagnostics, new ParsedReports());
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return loaded;
    }

    static ReportReader.Read read(LoadedContent loaded, Path file, String text) {
        Diagnostics diagnostics = new Diagnostics();
        String shown = loaded.folder().shown(file);
        ReportReader.Read read = ReportReader.read(
                        loaded, shown, file.getFileName().toString(), text, diagnostics)
                .orElseThrow(() -> new AssertionError(file + ": " + diagnostics.sorted() + "\n" + text));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        return read;
    }
}
