package dk.flis.driftsstatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real October 2025 slides as transcribed in {@code ../shared/seed/oversigt-pr-10-10.md}: the
 * table rows of slides 1 and 2, group rows as a single cell.
 */
public final class SeedTranscription {
    private SeedTranscription() {
    }

    public static Path seedFolder() {
        String configured = System.getProperty("driftsstatus.seed");
        Path folder = configured != null ? Path.of(configured) : FixtureSite.PROJECT.resolve("../shared/seed");
        return folder.toAbsolutePath().normalize();
    }

    /** Every table row of the slides in order; a group row is a one-element list. */
    public static List<List<String>> tableRows() {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(seedFolder().resolve("oversigt-pr-10-10.md"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("| ") || line.startsWith("| Dataområde") || line.startsWith("|---")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                    cells.add(cell.strip());
                }
                if (cells.get(0).startsWith("**")) {
                    rows.add(List.of(cells.get(0).replace("**", "")));
                } else {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("the seed transcription is missing: " + seedFolder(), e);
        }
    }

    public static String rawText() {
        try {
            return Files.readString(seedFolder().resolve("oversigt-pr-10-10.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
