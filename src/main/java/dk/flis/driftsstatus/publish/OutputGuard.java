package dk.flis.driftsstatus.publish;

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
    private static final String CHOOSE = "choose an empty or new folder for the site (e.g. --out site)";

    /** The folders an output may never be, contain or (for content and templates) lie in. */
    public record Protected(Path workingDirectory, Path content, Path templates, Path home) {}

    private OutputGuard() {}

    /** Why {@code output} may not be published to, or empty when it may. Reads, never writes. */
    public static Optional<OutputRefused> check(Path output, Protected folders) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            return refuse("the output is the root of the file system", CHOOSE + "; nothing was moved or deleted");
        }
        // Links in the parent are resolved; the output itself, when a link, is judged as a link below.
        Path real = realish(parent).resolve(target.getFileName());
        Optional<OutputRefused> refused = (folders.home() == null
                        ? Optional.<OutputRefused>empty()
                        : against(target, real, folders.home(), "your home folder", false))
                .or(() -> against(target, real, folders.workingDirectory(), "the project folder", false))
                .or(() -> against(target, real, folders.content(), "the content folder", true))
                .or(() -> against(target, real, folders.templates(), "the templates folder", true))
                .or(() -> insideOurBuild(real));
        if (refused.isPresent()) {
            return refused;
        }
        return existing(target, parent).or(() -> buildsFolder(target, parent));
    }

    /** The output may not be {@code folder}, contain it, or (when {@code noneInside}) lie inside it. */
    private static Optional<OutputRefused> against(
            Path target, Path real, Path folder, String what, boolean noneInside) {
        Path lexical = folder.toAbsolutePath().normalize();
        Path realFolder = realish(lexical);
        String hint = CHOOSE + "; nothing was moved or deleted";
        if (target.equals(lexical) || real.equals(realFolder)) {
            return refuse("the output is " + what, hint);
        }
        if (lexical.startsWith(target) || realFolder.startsWith(real)) {
            return refuse("the output contains " + what + " (" + lexical + ")", hint);
        }
        if (noneInside && (target.startsWith(lexical) || real.startsWith(realFolder))) {
            return refuse("the output lies inside " + what, "choose a folder outside it (e.g. --out site)");
        }
        return Optional.empty();
    }

    private static Optional<OutputRefused> insideOurBuild(Path real) {
        for (Path folder = real.getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(OwnFolders.SITE_MARKER), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(folder.resolve(OwnFolders.BUILDS_MARKER), LinkOption.NOFOLLOW_LINKS)) {
                return refuse(
                        "the output lies inside a site driftsstatus built (" + folder + ")",
                        "choose a folder outside it (e.g. --out site)");
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
            String to;
            try {
                to = Files.readSymbolicLink(target).toString();
            } catch (IOException e) {
                to = "somewhere unreadable";
            }
            return refuse(
                    "the output is a link to " + to + ", not to a build of driftsstatus",
                    "remove the link yourself if the site should be published here, or choose another --out; "
                            + "the link was left as it is");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return refuse("the output is a file, not a folder", CHOOSE + ", or delete " + target + " yourself");
        }
        if (OwnFolders.isEmptyFolder(target) || OwnFolders.isOurSite(target)) {
            return Optional.empty();
        }
        return refuse(
                "the folder was not made by driftsstatus (it holds " + someEntries(target) + ")",
                CHOOSE + ", or move or delete " + target + " yourself; nothing was moved or deleted");
    }

    private static Optional<OutputRefused> buildsFolder(Path target, Path parent) {
        Path root = BuildFolders.rootOf(target);
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !OwnFolders.isOurBuilds(root)) {
            return refuse(
                    "the folder " + root.getFileName() + " beside the output, where builds are kept, was not made "
                            + "by driftsstatus (it holds " + someEntries(root) + ")",
                    "move or delete " + root + " yourself, or choose another --out");
        }
        return Optional.empty();
    }

    /** Up to three names in the folder, so that the user recognises it. */
    private static String someEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names =
                    new ArrayList<>(entries.map(p -> p.getFileName().toString())
                            .sorted()
                            .limit(4)
                            .toList());
            if (names.isEmpty()) {
                return "nothing readable";
            }
            String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
            return names.size() > 3 ? shown + ", …" : shown;
        } catch (IOException e) {
            return "files that cannot be listed";
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

    private static Optional<OutputRefused> refuse(String message, String hint) {
        return Optional.of(new OutputRefused(message, hint));
    }
}
