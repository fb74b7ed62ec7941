package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded property test of the render cache: random edits to templates (a computed include, a
 * localised template appearing and going, the shared layout), to the PDF's imported stylesheet, the
 * static CSS and the content, each followed by an incremental build that must equal a clean build
 * of the same files byte for byte. {@code -Ddriftsstatus.cacheRounds=N} runs more rounds,
 * {@code -Ddriftsstatus.cacheSeed=S} another sequence.
 */
class IncrementalEqualsCleanTest {
    private static final int ROUNDS = Integer.getInteger("driftsstatus.cacheRounds", 3);
    private static final long SEED = Long.getLong("driftsstatus.cacheSeed", 20251010L);

    @TempDir
    Path temp;

    private FixtureSite site;
    private String layout;
    private String note;

    @Test
    void randomEditsThenAnIncrementalBuildEqualsACleanOne() throws Exception {
        site = FixtureSite.of("small", temp.resolve("incremental"));
        Files.writeString(site.path("templates/part.ftlh"), "<p class=\"part\">start</p>\n");
        CacheKeyTest.replace(
                site, "templates/report.ftlh", "<@layout.frame>", "<@layout.frame>\n<#include \"pa\" + \"rt.ftlh\">");
        write("templates/pdf/report.css", "@import \"extra.css\";\n" + read("templates/pdf/report.css"));
        write("templates/pdf/extra.css", "h1 { color: #000000; }\n");
        layout = read("templates/layout.ftlh");
        note = read("content/reports/2025-10.md");
        CacheKeyTest.build(site, true);

        Random random = new Random(SEED);
        List<String> edits = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < 2; i++) {
                edits.add(edit(random));
            }
            CacheKeyTest.build(site, true);
            FixtureSite clean = cleanCopy(round);
            CacheKeyTest.build(clean, true);
            assertEquals(
                    FixtureSite.hashes(clean.path("site")),
                    FixtureSite.hashes(site.path("site")),
                    "after edits " + edits);
        }
    }

    /** One random edit; returns what it did, for the failure message. */
    private String edit(Random random) throws IOException {
        int value = random.nextInt(1000);
        switch (random.nextInt(6)) {
            case 0 -> write("templates/part.ftlh", "<p class=\"part\">" + value + "</p>\n");
            case 1 -> write("templates/pdf/extra.css", String.format("h1 { color: #%06x; }%n", value * 16_000));
            case 2 ->
                write(
                        "content/reports/2025-10.md",
                        note.replace("Fejl i data fra **én** kommune.", "Fejl i data fra " + value + " kommuner."));
            case 3 -> write("templates/layout.ftlh", layout.replace("<footer", "<footer data-n=\"" + value + "\""));
            case 4 -> {
                if (Files.deleteIfExists(site.path("templates/page_da.ftlh"))) {
                    return "page_da.ftlh removed";
                }
                write("templates/page_da.ftlh", "<p>" + value + "</p>\n");
            }
            default ->
                write("templates/static/style.css", read("templates/static/style.css") + "/* " + value + " */\n");
        }
        return "edit " + value;
    }

    private FixtureSite cleanCopy(int round) {
        Path dir = temp.resolve("clean-" + round);
        FixtureSite clean = FixtureSite.of("small", dir);
        FixtureSite.copyTree(site.path("content"), dir.resolve("content")); // edits change files, never remove them
        try {
            deleteTree(dir.resolve("templates"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FixtureSite.copyTree(site.path("templates"), dir.resolve("templates"));
        return clean;
    }

    private String read(String file) throws IOException {
        return Files.readString(site.path(file), StandardCharsets.UTF_8);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(site.path(file), text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
