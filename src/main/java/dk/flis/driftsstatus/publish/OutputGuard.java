package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.diagnostic.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides, before anything is written, whether a build may publish to an output path. It may when
 * the path does not exist, is an empty folder, is a link into the program's own folder of builds,
 * or is a build folder of ours ({@link OwnFolders}). Everything else is refused with what was found
 * and what to do: the file system's root, the home folder, the project folder, the content and
 * templates folders and their parents, a folder inside them or inside a published build, a file, a
 * link to anywhere else, a folder the program did not make.
 */
public final class OutputGuard {
    private static final Text CHOOSE = Text.of("hint.choose-output");

    /** The folders an output may never be, contain or (for content and templates) lie in. */
    public record Protected(Path workingDirectory, Path content, Path templates, Path home) {}

    private OutputGuard() {}

    /** Why {@code output} may not be published to, or empty when it may. Reads, never writes. */
    public static Optional<OutputRefused> check(Path output, Protected folders) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            return refuse(Text.of("output-is-root.message"), CHOOSE);
        }
        // Links in the parent are resolved; the output itself, when a link, is judged as a link below.
        Path real = realish(parent).resolve(target.getFileName());
        Optional<OutputRefused> refused = (folders.home() == null
                        ? Optional.<OutputRefused>empty()
                        : against(target, real, folders.home(), "term.folder.home", false))
                .or(() -> against(target, real, folders.workingDirectory(), "term.folder.project", false))
                .or(() -> against(target, real, folders.content(), "term.folder.content", true))
                .or(() -> against(target, real, folders.templates(), "term.folder.templates", true))
                .or(() -> insideOurBuild(real));
        if (refused.isPresent()) {
            return refused;
        }
        return existing(target, parent).or(() -> buildsFolder(target, parent));
    }

    /** The output may not be {@code folder}, contain it, or (when {@code noneInside}) lie inside it. */
    private static Optional<OutputRefused> against(
            Path target, Path real, Path folder, String whatKey, boolean noneInside) {
        Path lexical = folder.toAbsolutePath().normalize();
        Path realFolder = realish(lexical);
        Text what = Text.of(whatKey);
        if (target.equals(lexical) || real.equals(realFolder)) {
            return refuse(Text.of("output-is-protected.message", what), CHOOSE);
        }
        if (lexical.startsWith(target) || realFolder.startsWith(real)) {
            return refuse(Text.of("output-contains-protected.message", what, lexical.toString()), CHOOSE);
        }
        if (noneInside && (target.startsWith(lexical) || real.startsWith(realFolder))) {
            return Optional.of(OutputRefused.of("output-inside-protected", what));
        }
        return Optional.empty();
    }

    private static Optional<OutputRefused> insideOurBuild(Path real) {
        for (Path folder = real.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(OwnFolders.SITE_MARKER), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(folder.resolve(OwnFolders.BUILDS_MARKER), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(OutputRefused.of("output-inside-build", folder.toString()));
            }
        }
        return Optional.empty();
    }

    private static Optional<OutputRefused> existing(Path target, Path parent) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(target)) {
            if (BuildFolders.isOurLink(target)) {
                return Optional.empty();
            }
            Object to;
            try {
                to = Files.readSymbolicLink(target).toString();
            } catch (IOException e) {
                to = Text.of("term.link-target-unreadable");
            }
            return Optional.of(OutputRefused.of("output-foreign-link", to));
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(OutputRefused.of("output-is-file", target.toString()));
        }
        if (OwnFolders.isEmptyFolder(target) || OwnFolders.isOurSite(target)) {
            return Optional.empty();
        }
        return Optional.of(OutputRefused.of("output-not-ours", someEntries(target), target.toString()));
    }

    private static Optional<OutputRefused> buildsFolder(Path target, Path parent) {
        Path root = BuildFolders.rootOf(target);
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !OwnFolders.isOurBuilds(root)) {
            return Optional.of(OutputRefused.of(
                    "builds-folder-not-ours", root.getFileName().toString(), someEntries(root), root.toString()));
        }
        return Optional.empty();
    }

    /** Up to three names in the folder, so that the user recognises it. */
    private static Text someEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names =
                    new ArrayList<>(entries.map(p -> p.getFileName().toString())
                            .sorted()
                            .limit(4)
                            .toList());
            if (names.isEmpty()) {
                return Text.of("term.entries.none");
            }
            List<String> first = names.subList(0, Math.min(3, names.size()));
            Object shown = first.get(0);
            for (String name : first.subList(1, first.size())) {
                shown = Text.of("list.pair", shown, name);
            }
            return names.size() > 3 ? Text.of("term.entries.more", shown) : Text.of("io.as-reported", shown);
        } catch (IOException e) {
            return Text.of("term.entries.unlistable");
        }
    }

    /** The path with every link in its existing part resolved; the part that does not exist yet appended. */
    static Path realish(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        List<Path> missing = new ArrayList<>();
        while (existing != null) {
            try {
                Path resolved = existing.toRealPath();
                for (int i = missing.size() - 1; i >= 0; i--) {
                    resolved = resolved.resolve(missing.get(i));
                }
                return resolved;
            } catch (IOException e) {
                if (existing.getFileName() == null) {
                    return absolute;
                }
                missing.add(existing.getFileName());
                existing = existing.getParent();
            }
        }
        return absolute;
    }

    private static Optional<OutputRefused> refuse(Text message, Text hint) {
        return Optional.of(new OutputRefused(message, hint));
    }
}
