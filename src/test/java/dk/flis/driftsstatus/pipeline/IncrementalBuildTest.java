package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render cache re-renders exactly the outputs whose inputs changed, on the 14-month history
 * fixture (2024-09 … 2025-10, areas borger, okonomi, krl-personale, aula from 2025-06, dfdg,
 * ydelse until 2025-03), and an incremental build equals a clean one byte for byte.
 */
class IncrementalBuildTest {
    @TempDir
    Path temp;

    private FixtureSite site;

    private Set<String> build(boolean pdf) throws Exception {
        BuildOptions options =
                new BuildOptions(site.path("content"), site.path("templates"), site.path("site"), site.root(), pdf);
        RunResult built = new Pipeline(options).build(waiting -> {});
        assertTrue(!built.failed(), built.diagnostics().toString());
        return built.render().renderedPaths();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = site.path(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Set<String> reportPages() throws IOException {
        try (Stream<Path> files = Files.list(site.path("content/reports"))) {
            return files.map(f -> "rapporter/" + f.getFileName().toString().replace(".md", ".html"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aSecondBuildOfUnchangedContentRendersNothing() throws Exception {
        site = FixtureSite.of("history", temp);
        Set<String> first = build(false);
        assertTrue(first.containsAll(reportPages()) && first.contains("arkiv.html"), first.toString());
        assertEquals(Set.of(), build(false));
    }

    @Test
    void editingATemplateRerendersOnlyThePagesMadeWithIt() throws Exception {
        site = FixtureSite.of("history", temp);
        build(false);
        replace("templates/area.ftlh", "<h1>", "<h1 class=\"area-title\">");

        Set<String> expected = new TreeSet<>();
        for (String id : new String[] {"borger", "okonomi", "krl-personale", "aula", "dfdg", "ydelse"}) {
            expected.add("omraader/" + id + ".html");
        }
        assertEquals(expected, build(false));
    }

    @Test
    void editingTheSharedLayoutRerendersEveryPageButNotTheFeedOrTheData() throws Exception {
        site = FixtureSite.of("history", temp);
        Set<String> first = build(false);
        replace("templates/layout.ftlh", "<footer", "<footer data-x=\"1\"");

        Set<String> expected = new TreeSet<>(first);
        expected.remove("feed.xml");
        expected.removeIf(path -> path.startsWith("data/")); // made from view records alone, no template
        assertEquals(expected, build(false));
    }

    @Test
    void editingOneMonthsNoteRerendersThatMonthTheNextAndThePagesThatSummariseHistory() throws Exception {
        site = FixtureSite.of("history", temp);
        build(false);
        // July's Økonomi note equals August's; edited, August's "changes since" gains "note changed".
        replace("content/reports/2025-07.md", "Fejl i data fra én kommune.", "Fejl i data fra én kommune i juli.");

        assertEquals(
                Set.of(
                        "rapporter/2025-07.html",
                        "rapporter/2025-08.html",
                        "arkiv.html",
                        "feed.xml",
                        "omraader/okonomi.html",
                        "data/2025-07.json",
                        "data/driftsstatus.csv"),
                build(false));
    }

    @Test
    void editingTheNextMonthLeavesTheMonthBeforeAlone() throws Exception {
        site = FixtureSite.of("history", temp);
        build(false);
        replace("content/reports/2025-08.md", "Overenskomstarbejde forsinker data.", "Overenskomsten forsinker data.");

        Set<String> rendered = build(false);

        assertTrue(rendered.contains("rapporter/2025-08.html"), rendered.toString());
        assertTrue(!rendered.contains("rapporter/2025-07.html"), rendered.toString());
        assertTrue(rendered.contains("omraader/krl-personale.html"), rendered.toString());
        assertTrue(!rendered.contains("omraader/okonomi.html"), rendered.toString());
    }

    @Test
    void editingTheRegistryRerendersThePagesShowingThatArea() throws Exception {
        site = FixtureSite.of("history", temp);
        build(false);
        replace("content/areas.json", "\"CPR-registret\"", "\"CPR\"");

        Set<String> rendered = build(false);

        Set<String> expected = reportPages();
        expected.add("index.html");
        expected.add("omraader/borger.html");
        assertEquals(expected, rendered);
    }

    @Test
    void anIncrementalBuildIsByteIdenticalToACleanOne() throws Exception {
        site = FixtureSite.of("history", temp.resolve("incremental"));
        build(true);
        replace("content/reports/2025-10.md", "date: 2025-10-10", "date: 2025-10-09");
        replace("templates/static/style.css", "body { margin: 0; }", "body { margin: 0; padding: 0; }");
        build(true);

        FixtureSite clean = FixtureSite.of("history", temp.resolve("clean"));
        site = clean;
        replace("content/reports/2025-10.md", "date: 2025-10-10", "date: 2025-10-09");
        replace("templates/static/style.css", "body { margin: 0; }", "body { margin: 0; padding: 0; }");
        build(true);

        assertEquals(
                FixtureSite.hashes(clean.path("site")),
                FixtureSite.hashes(temp.resolve("incremental").resolve("site")));
    }

    @Test
    void editingOneMonthRerendersItsPdfOnly() throws Exception {
        site = FixtureSite.of("history", temp);
        build(true);
        replace("content/reports/2025-10.md", "date: 2025-10-10", "date: 2025-10-09");

        Set<String> pdfs =
                build(true).stream().filter(p -> p.startsWith("pdf/")).collect(Collectors.toSet());

        assertEquals(Set.of("pdf/driftsstatus-2025-10.pdf"), pdfs);
    }
}
