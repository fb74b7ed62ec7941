package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.IoProblems;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads every file under the content folder; each file's syntax problems are reported, none stop the others. */
public final class ContentLoader {
    private ContentLoader() {}

    /** Reads the content folder, reusing reports {@code parsed} has seen unchanged. */
    public static LoadedContent load(ContentFolder folder, Diagnostics diagnostics, ParsedReports parsed) {
        return load(folder, diagnostics, parsed, null);
    }

    /** As {@link #load(ContentFolder, Diagnostics, ParsedReports)}, with {@code unsaved} read in place of its file. */
    public static LoadedContent load(
            ContentFolder folder, Diagnostics diagnostics, ParsedReports parsed, UnsavedReport unsaved) {
        if (!Files.isDirectory(folder.root())) {
            diagnostics.error(SourcePosition.of(folder.shown(folder.root())), "content-folder-missing");
            return new LoadedContent(folder, Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        Optional<SiteConfigLoader.Settings> settings = readFile(folder, folder.siteJson(), diagnostics)
                .flatMap(text -> SiteConfigLoader.read(folder.shown(folder.siteJson()), text, diagnostics));
        Optional<SiteConfig> site = settings.map(SiteConfigLoader.Settings::config);
        Optional<Registry> registry = readFile(folder, folder.areasJson(), diagnostics)
                .flatMap(text -> RegistryLoader.load(folder.shown(folder.areasJson()), text, diagnostics));

        // Reports are independent of each other: parse them on all cores (the list keeps file order).
        List<Path> reportFiles = new ArrayList<>(markdownFiles(folder, folder.reports(), diagnostics));
        if (unsaved != null && !reportFiles.contains(unsaved.file())) {
            reportFiles.add(unsaved.file());
            reportFiles.sort(null);
        }
        List<ReportSource> reports = reportFiles.parallelStream()
                .map(file -> (unsaved != null && file.equals(unsaved.file())
                                ? SourceText.checked(unsaved.text(), folder.shown(file), diagnostics)
                                : SourceText.read(file, folder.shown(file), diagnostics))
                        .flatMap(text -> parsed.load(
                                folder.shown(file), file.getFileName().toString(), text, diagnostics)))
                .flatMap(Optional::stream)
                .toList();
        parsed.forgetUnused();
        if (reports.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(SourcePosition.of(folder.shown(folder.reports())), "no-reports");
        }
        List<PageSource> pages = new ArrayList<>();
        if (Files.isDirectory(folder.pages())) {
            for (Path file : markdownFiles(folder, folder.pages(), diagnostics)) {
                String shown = folder.shown(file);
                SourceText.read(file, shown, diagnostics)
                        .flatMap(text ->
                                PageLoader.load(shown, file.getFileName().toString(), text, diagnostics))
                        .ifPresent(pages::add);
            }
        }
        return new LoadedContent(
                folder,
                site,
                registry,
                reports,
                pages,
                settings.map(SiteConfigLoader.Settings::colourAt).orElse(java.util.Map.of()));
    }

    private static Optional<String> readFile(ContentFolder folder, Path file, Diagnostics diagnostics) {
        if (leavesFolder(folder, file, "file", diagnostics)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourcePosition.of(folder.shown(file)), "file-missing");
            return Optional.empty();
        }
        return SourceText.read(file, folder.shown(file), diagnostics);
    }

    /** True (and reported) when {@code path} is a link that leads out of the content folder. */
    private static boolean leavesFolder(ContentFolder folder, Path path, String kind, Diagnostics diagnostics) {
        Optional<Path> outside = folder.linkOutside(path);
        outside.ifPresent(real -> diagnostics.error(
                SourcePosition.of(folder.shown(path)),
                Text.of("link-outside-content.message." + (kind.equals("file") ? "file" : "folder"), real.toString()),
                Text.of("link-outside-content.hint", real.toString(), folder.shown(folder.root()))));
        return outside.isPresent();
    }

    /** The folder's files, sorted by name so every run reads them in the same order; other files are reported. */
    private static List<Path> markdownFiles(ContentFolder folder, Path dir, Diagnostics diagnostics) {
        if (leavesFolder(folder, dir, "folder", diagnostics)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            diagnostics.error(SourcePosition.of(folder.shown(dir)), "folder-missing");
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sorted = files.sorted().toList();
            List<Path> markdown = new ArrayList<>();
            for (Path file : sorted) {
                String name = file.getFileName().toString();
                if (ContentFolder.isEditorScratch(name)) {
                    continue;
                }
                if (name.endsWith(".md") && leavesFolder(folder, file, "file", diagnostics)) {
                    continue;
                }
                if (Files.isRegularFile(file) && name.endsWith(".md")) {
                    markdown.add(file);
                } else {
                    diagnostics.warning(SourcePosition.of(folder.shown(file)), "not-markdown-file", folder.shown(dir));
                }
            }
            return markdown;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(folder.shown(dir)), "folder-unlistable", IoProblems.describe(e));
            return List.of();
        }
    }
}
