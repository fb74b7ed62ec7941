package dk.flis.driftsstatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real October 2025 slides as facts kept in the test resources ({@code seed/}, see its
 * README): the table rows of slides 1 and 2, and the text of all three slides in reading order.
 */
public final class SeedTranscription {
    private SeedTranscription() {}

    /** Every table row of the slides in order; a group row is a one-element list. */
    public static List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : resource("seed/oktober-2025-tabel.md").split("\\R")) {
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
    }

    /** The three slides' text in reading order, each slide starting with its title line. */
    public static String slidesText() {
        return resource("seed/oktober-2025-slides.txt");
    }

    private static String resource(String name) {
        try (InputStream in = SeedTranscription.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
