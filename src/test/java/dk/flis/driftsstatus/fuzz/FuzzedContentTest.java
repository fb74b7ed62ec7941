package dk.flis.driftsstatus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.check.ContentChecker;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.PageLoader;
import dk.flis.driftsstatus.load.RegistryLoader;
import dk.flis.driftsstatus.load.ReportLoader;
import dk.flis.driftsstatus.load.ReportSource;
import dk.flis.driftsstatus.load.SiteConfigLoader;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over 10,000 mutations of the real content files per run go through the registry, site, report
 * and page loaders, the whole check, and the command line: none escapes as an exception; an input
 * that is not accepted always carries an error diagnostic with a file, and the command exits 1.
 * A seeded {@link Random} rather than jqwik (see README): {@code -Ddriftsstatus.fuzzSeed=N} replays
 * a run, and the seed is in every failure message.
 */
class FuzzedContentTest {
    private static final long SEED = Long.getLong("driftsstatus.fuzzSeed", 20251010L);
    private static final Path CONTENT = FixtureSite.PROJECT.resolve("content");

    @TempDir
    Path temp;

    @Test
    void mutatedRegistriesNeverEscapeAsExceptions() throws IOException {
        String seed = Files.readString(CONTENT.resolve("areas.json"));
        fuzz("registry", 3000, 1, seed, (text, d) -> RegistryLoader.load("content/areas.json", text, d));
    }

    @Test
    void mutatedSiteSettingsNeverEscapeAsExceptions() throws IOException {
        String seed = Files.readString(CONTENT.resolve("site.json"));
        fuzz("site", 1500, 2, seed, (text, d) -> SiteConfigLoader.load("content/site.json", text, d));
    }

    @Test
    void mutatedPagesNeverEscapeAsExceptions() throws IOException {
        String seed = Files.readString(CONTENT.resolve("pages/opdateringsfrekvens.md"));
        // The loader reads the front matter; the body's Markdown is rendered as the check renders it.
        fuzz(
                "page",
                1000,
                3,
                seed,
                (text, d) -> PageLoader.load("content/pages/x.md", "x.md", text, d)
                        .map(page -> page.body().whole()));
    }

    /** Reports go through the loader and then the whole cross-check against the real registry and site. */
    @Test
    void mutatedReportsNeverEscapeTheWholeCheck() throws IOException {
        String seed = Files.readString(CONTENT.resolve("reports/2025-10.md"));
        Diagnostics base = new Diagnostics();
        Optional<SiteConfig> site =
                SiteConfigLoader.load("content/site.json", Files.readString(CONTENT.resolve("site.json")), base);
        Optional<Registry> registry =
                RegistryLoader.load("content/areas.json", Files.readString(CONTENT.resolve("areas.json")), base);
        assertTrue(site.isPresent() && registry.isPresent() && !base.hasErrors(), "the real content loads");
        ContentFolder folder = new ContentFolder(CONTENT, FixtureSite.PROJECT);
        fuzz("report", 4000, 4, seed, (text, d) -> {
            Optional<ReportSource> report = ReportLoader.load("content/reports/2025-10.md", "2025-10.md", text, d);
            if (report.isEmpty()) {
                return report;
            }
            return ContentChecker.check(
                    new LoadedContent(folder, site, registry, report.stream().toList(), List.of()), d);
        });
    }

    /** Raw bytes (not always UTF-8) written as files and checked by the command line, as an editor would. */
    @Test
    void mutatedFilesGiveExitCodeOneWithDiagnosticsNeverAStackTrace() throws IOException {
        FixtureSite site = FixtureSite.realContent(temp);
        String[] files = {
            "content/areas.json",
            "content/site.json",
            "content/reports/2025-10.md",
            "content/pages/opdateringsfrekvens.md"
        };
        Random random = new Random(SEED + 5);
        for (int i = 0; i < 600; i++) {
            String file = files[i % files.length];
            String original = Files.readString(site.path(file));
            byte[] mutated = Mutations.mutate(original, random);
            Files.write(site.path(file), mutated);
            FixtureSite.Run run = site.run("check");
            String where = "cli input " + i + " (seed " + SEED + ", " + file + ")";
            assertTrue(
                    run.exitCode() == 0 || run.exitCode() == 1, where + ": exit " + run.exitCode() + "\n" + run.err());
            assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), where + ":\n" + run.err());
            if (run.exitCode() == 1) {
                assertTrue(run.err().contains(": fejl: "), where + ": exit 1 without a diagnostic\n" + run.err());
            }
            Files.writeString(site.path(file), original);
        }
    }

    private static void fuzz(
            String what, int inputs, long stream, String seed, BiFunction<String, Diagnostics, Optional<?>> load) {
        Diagnostics unharmed = new Diagnostics();
        assertTrue(
                load.apply(seed, unharmed).isPresent(), what + ": the unmutated file is accepted " + unharmed.sorted());
        Random random = new Random(SEED * 31 + stream);
        List<String> failures = new ArrayList<>();
        java.util.Map<String, Integer> reasons = new java.util.TreeMap<>();
        int rejected = 0;
        for (int i = 0; i < inputs && failures.size() < 3; i++) {
            String input = Mutations.mutateText(seed, random);
            Diagnostics diagnostics = new Diagnostics();
            try {
                Optional<?> result = load.apply(input, diagnostics);
                if (result.isEmpty()) {
                    rejected++;
                    diagnostics.sorted().stream()
                            .filter(Diagnostic::isError)
                            .findFirst()
                            .ifPresent(d -> reasons.merge(d.code(), 1, Integer::sum));
                    if (!diagnostics.hasErrors()) {
                        failures.add("rejected without an error diagnostic: " + excerpt(input));
                    }
                }
                for (Diagnostic d : diagnostics.sorted()) {
                    if (d.file() == null
                            || d.message() == null
                            || d.message(Catalogue.danish()).isBlank()
                            || d.line() < 0
                            || d.column() < 0) {
                        failures.add("malformed diagnostic " + d + " for: " + excerpt(input));
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?") + " for: "
                        + excerpt(input));
            }
        }
        System.out.println(
                what + ": " + inputs + " inputs, " + rejected + " rejected with diagnostics (seed " + SEED + ")");
        if (Boolean.getBoolean("driftsstatus.fuzzReasons")) {
            reasons.forEach((reason, n) -> System.out.println("  " + n + " × " + reason));
        }
        assertEquals(List.of(), failures, what + " (seed " + SEED + ")");
    }

    private static String excerpt(String input) {
        String shown = input.length() > 600 ? input.substring(0, 600) + "…" : input;
        return shown.replace("\n", "\\n");
    }
}
