package dk.flis.driftsstatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/** Writes a large but valid content folder: many areas, many months, optionally one huge note. */
public final class BigContent {
    private BigContent() {}

    /**
     * Replaces the registry and reports of the project in {@code root} with {@code areas} areas in
     * groups of 25 and one report per month for {@code months} months ending 2025-10, each with a
     * note on every tenth area; the last report's first note is {@code bigNoteBytes} long (0 = normal).
     */
    public static void write(Path root, int areas, int months, int bigNoteBytes) {
        try {
            Path content = root.resolve("content");
            Files.writeString(content.resolve("areas.json"), registry(areas));
            Path reports = content.resolve("reports");
            try (var old = Files.list(reports)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            YearMonth last = YearMonth.of(2025, 10);
            for (int i = 0; i < months; i++) {
                YearMonth month = last.minusMonths(i);
                Files.writeString(reports.resolve(month + ".md"), report(month, areas, i == 0 ? bigNoteBytes : 0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String registry(int areas) {
        StringBuilder json = new StringBuilder("{\n  \"groups\": [\n");
        for (int g = 0; g * 25 < areas; g++) {
            json.append(g == 0 ? "" : ",\n")
                    .append("    { \"name\": \"Gruppe ")
                    .append(g + 1)
                    .append("\", \"areas\": [\n");
            for (int a = g * 25; a < Math.min(areas, (g + 1) * 25); a++) {
                json.append(a == g * 25 ? "" : ",\n")
                        .append("      { \"id\": \"omraade-")
                        .append(a)
                        .append("\", \"name\": \"Område ")
                        .append(a)
                        .append("\", \"frequency\": \"Månedligt\", ")
                        .append("\"source\": \"Kilde ")
                        .append(a)
                        .append("\", \"delayMonths\": ")
                        .append(a % 4)
                        .append(" }");
            }
            json.append("\n    ] }");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String report(YearMonth month, int areas, int bigNoteBytes) {
        StringBuilder md = new StringBuilder("---\ndate: ")
                .append(month.atDay(10))
                .append("\n---\n\nForord for ")
                .append(month)
                .append(".\n");
        for (int a = 0; a < areas; a += 10) {
            md.append("\n## Område ").append(a).append("\n\n");
            if (a == 0 && bigNoteBytes > 0) {
                String line = "En **lang** note med [et link](https://example.com/" + month + ") og æøå.\n\n";
                while (md.length() < bigNoteBytes) {
                    md.append(line);
                }
            } else {
                md.append("Note om område ")
                        .append(a)
                        .append(" i ")
                        .append(month)
                        .append(".\n");
            }
        }
        return md.toString();
    }
}
