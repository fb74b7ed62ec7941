package dk.flis.driftsstatus.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a launcher script as a shell would, in a folder and with an environment of the test's choosing. */
final class Shell {
    private Shell() {}

    /** What a launcher printed and returned. */
    record Result(int exitCode, String out, String err) {
        /** Everything it printed, for failure messages. */
        String all() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * Runs {@code command} in {@code dir}. A null {@code environment} keeps this JVM's; otherwise the
     * process gets exactly that environment, as a user's minimal login would.
     */
    static Result run(Path dir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command))
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            if (environment != null) {
                builder.environment().clear();
                builder.environment().putAll(environment);
            }
            Process process = builder.start();
            process.getOutputStream().close(); // no terminal, no input: as on a build server
            assertTrue(process.waitFor(10, TimeUnit.MINUTES), "finished: " + String.join(" ", command));
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * A folder of links to {@code java} and to the few tools the launcher uses, to serve as the whole
     * PATH: what a machine with only a Java runtime installed has (and no Maven).
     */
    static Path javaOnlyPath(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.createSymbolicLink(dir.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("bash", "ls", "mkdir", "rm", "mktemp", "mv", "readlink", "cksum")) {
            Path found =
                    Files.isExecutable(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            if (!Files.isExecutable(found)) {
                missing.add(tool);
                continue;
            }
            Files.createSymbolicLink(dir.resolve(tool), found);
        }
        assertTrue(missing.isEmpty(), "basic tools not found: " + missing);
        return dir;
    }

    /** Deletes the symbolic links in {@code dir} (not what they point at). */
    static void removeLinks(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                for (Path entry : entries.filter(Files::isSymbolicLink).toList()) {
                    Files.delete(entry);
                }
            }
        }
    }

    /** Fails unless {@code text} is free of JVM warnings, escape codes and Maven's log lines. */
    static void assertQuiet(String text, String what) {
        assertTrue(!text.contains("[warning]") && !text.contains("warning:"), what + " has a warning:\n" + text);
        assertTrue(text.indexOf('\u001b') < 0 && !text.contains("[0m"), what + " has escape codes:\n" + text);
        assertTrue(
                !text.contains("[INFO]") && !text.contains("[ERROR]") && !text.contains("[WARNING]"),
                what + " has Maven's output:\n" + text);
    }
}
