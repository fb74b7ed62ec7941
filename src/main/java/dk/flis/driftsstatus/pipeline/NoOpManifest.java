package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.render.ChangeChecksum;
import dk.flis.driftsstatus.render.JobKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What lets an unchanged build do nothing: after each successful build of an output, a manifest
 * beside its render cache records what the site depends on (the program, the Java and locale, the
 * working directory, the options, every file under content/ and templates/ with its size, time and
 * {@link ChangeChecksum}) and what was published (the build folder the output links to, and each published file's
 * size, modification and change time and inode), plus what a build that finds nothing changed says:
 * its one line (worded when it was recorded, so that answering needs no catalogue) and the warnings
 * the build printed. The next
 * {@code build} with the same options compares all of it with the disk, cheapest first: sizes and
 * times only find a difference sooner, "unchanged" always needs every input's hash to match too.
 * Any difference, a link among the inputs, an output that is not a link, or no manifest at all means
 * a normal build. A build deletes the manifest once it holds the output's lock, so a failed or
 * killed build leaves none.
 */
public final class NoOpManifest {
    private static final String FORMAT = "driftsstatus-noop-2";
    private static final String REPLAY = "--- replay";

    /** What runs a build besides its files: program, Java and environment; tests make others. */
    public record Identity(String program, String java, String environment) {
        /** This process: the program's fingerprint (jar and libraries), its Java and its locale. */
        public static Identity current() {
            return new Identity(
                    JobKeys.programFingerprint(),
                    System.getProperty("java.home") + " " + System.getProperty("java.vm.vendor") + " "
                            + System.getProperty("java.vm.version"),
                    Locale.getDefault().toLanguageTag() + " " + System.getProperty("file.encoding") + " home="
                            + System.getProperty("user.home") + " LANG=" + System.getenv("LANG") + " LC_ALL="
                            + System.getenv("LC_ALL") + " LC_MESSAGES=" + System.getenv("LC_MESSAGES")
                            + " LANGUAGE=" + System.getenv("LANGUAGE"));
        }
    }

    /** What to say for a build that is still up to date: the line for standard output, and the warnings. */
    public record Replay(String upToDate, String warnings) {}

    /** The inputs as a build found them before loading them; null parts when they cannot be recorded. */
    record Inputs(String stats, String hashes) {}

    private final BuildOptions options;
    private final Identity identity;

    /** The manifest of the output in {@code options}, for a build run by {@code identity}. */
    public NoOpManifest(BuildOptions options, Identity identity) {
        this.options = options;
        this.identity = identity;
    }

    /** {@code .driftsstatus-cache/NAME.noop} beside the output {@code NAME}: never published. */
    static Path file(Path output) {
        Path cache = Pipeline.cacheFolder(output);
        return cache.resolveSibling(cache.getFileName() + ".noop");
    }

    /** What the last build printed, when nothing it depended on has changed since; else empty. */
    public Optional<Replay> upToDate() {
        try {
            Path file = file(options.output());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            String recorded = Files.readString(file, StandardCharsets.UTF_8);
            int replay = recorded.indexOf("\n" + REPLAY + "\n");
            if (replay < 0) {
                return Optional.empty();
            }
            // Cheapest first: header, then sizes and times, outputs, and only then every hash.
            String[] sections = recorded.substring(0, replay + 1).split("\n#\n", -1);
            if (sections.length != 5 || !sections[0].equals(header())) {
                return Optional.empty();
            }
            List<Entry> inputs = inputs();
            if (inputs == null || !sections[1].equals(stats(inputs))) {
                return Optional.empty();
            }
            String outputs = outputs();
            if (outputs == null || !sections[2].equals(outputs)) {
                return Optional.empty();
            }
            if (!sections[3].equals(hashes(inputs)) || !sections[4].equals(program())) {
                return Optional.empty();
            }
            String said = recorded.substring(replay + REPLAY.length() + 2);
            int newline = said.indexOf('\n');
            return newline < 0
                    ? Optional.empty()
                    : Optional.of(new Replay(said.substring(0, newline), said.substring(newline + 1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or malformed: build as usual
        }
    }

    /** Deletes the manifest, as a build does before it changes anything. */
    void forget() {
        try {
            Files.deleteIfExists(file(options.output()));
        } catch (IOException e) {
            // a manifest that stays is still checked against every input and output before use
        }
    }

    /** The inputs as they are before loading; null when they cannot be recorded (a link, unreadable). */
    Inputs inputsBeforeLoading() {
        try {
            List<Entry> inputs = inputs();
            return inputs == null ? null : new Inputs(stats(inputs), hashes(inputs));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes the manifest after a successful publish: only when {@code before} is still what the
     * inputs are (a save during the build leaves none, so the next build is a normal one). {@code
     * upToDate} is the one line a later no-op prints.
     */
    void record(Inputs before, String upToDate, String warnings) {
        if (before == null) {
            return;
        }
        Path file = file(options.output());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            List<Entry> now = inputs();
            String outputs = outputs();
            if (now == null || outputs == null || !stats(now).equals(before.stats())) {
                return;
            }
            String text = String.join("\n#\n", header(), before.stats(), outputs, before.hashes(), program()) + REPLAY
                    + "\n" + line(upToDate) + "\n" + warnings;
            Files.createDirectories(file.getParent());
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing is lost: without a manifest the next build is a normal one
            }
        }
    }

    private String header() {
        return FORMAT + "\njava " + line(identity.java()) + "\nenvironment " + line(identity.environment())
                + "\ncwd "
                + line(options.workingDirectory().toAbsolutePath().normalize().toString())
                + "\ncontent " + line(absolute(options.content())) + "\ntemplates "
                + line(absolute(options.templates())) + "\nout " + line(absolute(options.output())) + "\npdf "
                + options.pdf() + "\n";
    }

    private String program() {
        return "program " + line(identity.program()) + "\n";
    }

    /** One input file: which folder, its path there, and what a directory listing says about it. */
    private record Entry(String folder, String name, Path path, long size, long modified) {}

    /** Every file under content/ and templates/, in a fixed order; null if either holds a link. */
    private List<Entry> inputs() throws IOException {
        List<Entry> entries = new ArrayList<>();
        boolean listed = list("content", options.content().toAbsolutePath().normalize(), "", entries)
                && list("templates", options.templates().toAbsolutePath().normalize(), "", entries);
        return listed ? entries : null;
    }

    private static boolean list(String folder, Path dir, String prefix, List<Entry> into) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                children.add(child);
            }
        }
        Path[] sorted = children.toArray(new Path[0]);
        Arrays.sort(sorted);
        for (Path child : sorted) {
            BasicFileAttributes attributes =
                    Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String name = prefix + child.getFileName();
            if (attributes.isDirectory()) {
                if (!list(folder, child, name + "/", into)) {
                    return false;
                }
            } else if (attributes.isRegularFile()) {
                into.add(new Entry(
                        folder,
                        name,
                        child,
                        attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
            } else {
                return false; // a link or a device: what it leads to may change unseen
            }
        }
        return true;
    }

    private static String stats(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append("file ")
                    .append(entry.folder())
                    .append(' ')
                    .append(line(entry.name()))
                    .append(' ')
                    .append(entry.size())
                    .append(' ')
                    .append(entry.modified())
                    .append('\n');
        }
        return text.toString();
    }

    private static String hashes(List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append("checksum ")
                    .append(entry.folder())
                    .append(' ')
                    .append(line(entry.name()))
                    .append(' ')
                    .append(ChangeChecksum.of(Files.readAllBytes(entry.path())))
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * The published build: the output's link target and each file in it with size, modification and
     * change time and inode (a hand edit changes the change time even when it restores the others);
     * null when the output is not a link into a folder, or the system cannot tell those times.
     */
    private String outputs() throws IOException {
        Path output = options.output().toAbsolutePath().normalize();
        if (!Files.isSymbolicLink(output)) {
            return null;
        }
        Path target = Files.readSymbolicLink(output);
        Path build = output.resolveSibling(target).normalize();
        if (!Files.isDirectory(build, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        StringBuilder text =
                new StringBuilder("link ").append(line(target.toString())).append('\n');
        return published(build, "", text) ? text.toString() : null;
    }

    private static boolean published(Path dir, String prefix, StringBuilder text) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                children.add(child);
            }
        }
        Path[] sorted = children.toArray(new Path[0]);
        Arrays.sort(sorted);
        for (Path child : sorted) {
            Map<String, Object> unix = Files.readAttributes(
                    child, "unix:isDirectory,isRegularFile,size,lastModifiedTime,ctime,ino", LinkOption.NOFOLLOW_LINKS);
            String name = prefix + child.getFileName();
            text.append("out ").append(line(name));
            for (String attribute : List.of("size", "lastModifiedTime", "ctime", "ino")) {
                Object value = unix.get(attribute);
                text.append(' ')
                        .append(
                                value instanceof java.nio.file.attribute.FileTime time
                                        ? time.to(TimeUnit.NANOSECONDS)
                                        : value);
            }
            text.append('\n');
            if (Boolean.TRUE.equals(unix.get("isDirectory"))) {
                if (!published(child, name + "/", text)) {
                    return false;
                }
            } else if (!Boolean.TRUE.equals(unix.get("isRegularFile"))) {
                return false;
            }
        }
        return true;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** {@code text} on one line: a backslash or line break in a name cannot fake another line. */
    private static String line(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
