package dk.flis.driftsstatus.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.SharedSites;
import dk.flis.driftsstatus.scaffold.StarterProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download: target/driftsstatus-VERSION.zip (made by Maven right after compiling, so these tests
 * run the very zip that {@code mvn package} ships) unpacked into a temporary folder and run through
 * bin/driftsstatus with a PATH that holds java and a few basic tools, but no Maven. It creates a
 * starter project and builds it and the real content into the same site/ as the program run from
 * this repository does.
 */
class DistributionTest {
    @TempDir
    static Path temp;

    static Path home;
    static Map<String, String> javaOnly;

    @BeforeAll
    static void unpackTheZip() throws IOException {
        Path zip = FixtureSite.PROJECT.resolve("target/driftsstatus-" + version() + ".zip");
        assertTrue(Files.isRegularFile(zip), zip + " is made by mvn process-classes, before the tests");
        unzip(zip, temp.resolve("unpacked"));
        home = temp.resolve("unpacked/driftsstatus-" + version());
        Path path = Shell.javaOnlyPath(temp.resolve("path"));
        javaOnly = Map.of(
                "PATH",
                path.toString(),
                "HOME",
                Files.createDirectories(temp.resolve("home")).toString());
    }

    @Test
    void holdsTheProgramLaunchersThemeSchemasAndStarter() throws IOException {
        for (String file : List.of(
                "bin/driftsstatus",
                "bin/driftsstatus.cmd",
                "lib/driftsstatus.jar",
                "README.txt",
                "templates/report.ftlh",
                "templates/pdf/report.ftlh",
                "templates/mail/message.ftlh",
                "schemas/site.schema.json",
                "schemas/areas.schema.json",
                "schemas/report.schema.json")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        for (String file : StarterProject.FILES) {
            assertEquals(
                    Files.readString(FixtureSite.PROJECT.resolve(file)),
                    Files.readString(home.resolve("starter/" + file)),
                    "starter/" + file + " is the real " + file);
        }
        assertEquals(
                "rwxr-xr-x",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("bin/driftsstatus"))));
        try (Stream<Path> libs = Files.list(home.resolve("lib"))) {
            assertTrue(
                    libs.filter(p -> p.toString().endsWith(".jar")).count() > 20, "the runtime libraries are in lib/");
        }
    }

    @Test
    void initCreatesAStarterProjectThatBuildsWithTheBundledTheme() throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        Shell.Result init =
                Shell.run(work, javaOnly, home.resolve("bin/driftsstatus").toString(), "init", "starter");
        assertEquals(0, init.exitCode(), init.all());
        assertTrue(init.out().startsWith("Oprettede et indholdsprojekt i starter/:"), init.all());
        Shell.assertQuiet(init.err(), "the first run");
        assertFalse(Files.exists(work.resolve("starter/templates")), "no copy of the theme");

        Shell.Result build = Shell.run(
                work.resolve("starter"),
                javaOnly,
                home.resolve("bin/driftsstatus").toString(),
                "build");
        assertEquals(0, build.exitCode(), build.all());
        assertEquals("", build.err(), "a later run prints nothing on stderr");

        FixtureSite reference = FixtureSite.withTemplates(temp.resolve("reference-starter"));
        assertEquals(0, reference.run("init").exitCode());
        assertEquals(0, reference.run("build").exitCode());
        assertEquals(FixtureSite.hashes(reference.path("site")), FixtureSite.hashes(work.resolve("starter/site")));
    }

    @Test
    void buildsTheRealContentIntoTheSameSiteAsTheRepository() throws Exception {
        Path project = temp.resolve("real");
        FixtureSite.copyTree(FixtureSite.PROJECT.resolve("content"), project.resolve("content"));
        // bin/ linked from a folder on PATH, as the README suggests: the launcher finds its way back.
        Path path = Path.of(javaOnly.get("PATH"));
        Files.createSymbolicLink(path.resolve("driftsstatus"), home.resolve("bin/driftsstatus"));

        // ProcessBuilder looks a bare name up in this JVM's PATH, so name the link on the test's PATH in full.
        Shell.Result build =
                Shell.run(project, javaOnly, path.resolve("driftsstatus").toString(), "build");
        assertEquals(0, build.exitCode(), build.all());
        Shell.assertQuiet(build.err(), "the build");
        assertTrue(build.out().startsWith("Sitet er bygget: 1 rapport i site/"), build.all());

        SharedSites.Built reference = SharedSites.real();
        assertEquals(0, reference.run().exitCode());
        assertEquals(FixtureSite.hashes(reference.site().path("site")), FixtureSite.hashes(project.resolve("site")));
    }

    @Test
    void anArchiveTheJvmCannotUseIsNeverWarnedAbout() throws Exception {
        String launcher = home.resolve("bin/driftsstatus").toString();
        assertEquals(0, Shell.run(temp, javaOnly, launcher, "--version").exitCode()); // archive and stamp made
        // An archive of the same program at another path, put in place behind the stamp's back: the JVM
        // refuses it (as one made by another build of Java) and would say so on every run.
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        FixtureSite.copyTree(home.resolve("lib"), elsewhere);
        Files.deleteIfExists(elsewhere.resolve("driftsstatus.jsa"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(
                0,
                Shell.run(
                                temp,
                                null,
                                java,
                                "-XX:+UseSerialGC",
                                "-XX:TieredStopAtLevel=1",
                                "-Xmx384m",
                                "-XX:ArchiveClassesAtExit=" + elsewhere.resolve("other.jsa"),
                                "-jar",
                                elsewhere.resolve("driftsstatus.jar").toString(),
                                "--version")
                        .exitCode());
        Path archive = home.resolve("lib/driftsstatus.jsa");
        byte[] good = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, Files.readAllBytes(elsewhere.resolve("other.jsa")));
        try {
            Shell.Result run = Shell.run(temp, javaOnly, launcher, "--version");
            assertEquals(0, run.exitCode(), run.all());
            assertEquals("", run.err(), "no JVM warning reaches the user");
            assertTrue(run.out().matches("driftsstatus [^\\n]+\\n"), "nor its output: " + run.all());
        } finally {
            Files.write(archive, good);
        }
    }

    /**
     * Java 17.0.x maps the class-data archive at a random address and rewrites its pointers, 30 ms of
     * every start: short commands ask for it in place, while serve, a network server, keeps the
     * randomised address. Seen through a java that records how the launcher calls it.
     */
    @Test
    void shortCommandsMapTheArchiveInPlaceAndServeKeepsItRandomised() throws Exception {
        Path own = temp.resolve("in-place");
        FixtureSite.copyTree(home, own);
        Files.deleteIfExists(own.resolve("lib/driftsstatus.jsa"));
        Path calls = temp.resolve("java-calls.txt");
        Path recordingJava =
                Files.createDirectories(temp.resolve("recording-java/bin")).resolve("java");
        Files.writeString(
                recordingJava,
                "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + calls + "'\nexec '"
                        + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        recordingJava.toFile().setExecutable(true);
        Map<String, String> environment = new java.util.HashMap<>(javaOnly);
        environment.put("JAVA_HOME", recordingJava.getParent().getParent().toString());
        String launcher = own.resolve("bin/driftsstatus").toString();

        Shell.Result version = Shell.run(temp, environment, launcher, "--version");
        assertEquals(0, version.exitCode(), version.all());
        Shell.Result serveHelp = Shell.run(temp, environment, launcher, "serve", "--help");
        assertEquals(0, serveHelp.exitCode(), serveHelp.all());

        List<String> programRuns = Files.readAllLines(calls).stream()
                .filter(call -> call.contains("-XX:SharedArchiveFile=") && !call.contains("-Xshare:dump"))
                .filter(call -> !call.contains("-XX:DumpLoadedClassList="))
                .toList();
        assertEquals(2, programRuns.size(), "--version and serve --help, each with the archive: " + programRuns);
        assertTrue(programRuns.get(0).endsWith(" --version"), programRuns.get(0));
        assertTrue(programRuns.get(0).contains("-XX:ArchiveRelocationMode=0"), programRuns.get(0));
        assertTrue(programRuns.get(1).endsWith(" serve --help"), programRuns.get(1));
        assertTrue(!programRuns.get(1).contains("ArchiveRelocationMode"), programRuns.get(1));
    }

    @Test
    void saysWhatToInstallWhenThereIsNoJava() throws Exception {
        Path noJava = Files.createDirectories(temp.resolve("no-java"));
        Files.createSymbolicLink(
                noJava.resolve("bash"), Path.of(javaOnly.get("PATH"), "bash").toRealPath());
        Shell.Result run = Shell.run(
                temp,
                Map.of("PATH", noJava.toString()),
                home.resolve("bin/driftsstatus").toString(),
                "--version");
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().startsWith("driftsstatus: Java was not found. Install Java 17 or newer"), run.all());
    }

    /**
     * There is no cmd.exe here, so the Windows launcher is checked for what breaks cmd most often, and
     * for running the same program as bin/driftsstatus: CRLF line ends (cmd misreads blocks and labels
     * with bare LF), plain ASCII, balanced parentheses, only variables it sets or Windows provides, and
     * the same JVM options and jar.
     */
    @Test
    void theWindowsLauncherIsWellFormedAndRunsTheSameProgram() throws IOException {
        byte[] bytes = Files.readAllBytes(home.resolve("bin/driftsstatus.cmd"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.chars().allMatch(c -> c < 128), "ASCII only: cmd reads the file in the console's code page");
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends in CRLF");
        List<String> lines = text.lines().toList();
        assertEquals("@echo off", lines.get(0));
        assertTrue(lines.contains("setlocal"), "variables stay local to the launcher");
        assertEquals("exit /b %ERRORLEVEL%", lines.get(lines.size() - 1), "the program's exit code is the launcher's");

        int depth = 0;
        java.util.Set<String> set =
                new java.util.TreeSet<>(List.of("JAVA_HOME", "DRIFTSSTATUS_JAVA_OPTS", "ERRORLEVEL"));
        java.util.Set<String> read = new java.util.TreeSet<>();
        for (String line : lines) {
            if (line.strip().startsWith("rem ")) {
                continue;
            }
            java.util.regex.Matcher assignment =
                    java.util.regex.Pattern.compile("set \"([A-Z_]+)=").matcher(line);
            while (assignment.find()) {
                set.add(assignment.group(1));
            }
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("%([A-Za-z_][A-Za-z0-9_]*)%")
                    .matcher(line);
            while (variable.find()) {
                read.add(variable.group(1));
            }
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '^') {
                    i++; // escaped: taken literally
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                    assertTrue(depth >= 0, "a ) without its ( in: " + line);
                }
            }
            assertTrue(!quoted, "an unclosed quote in: " + line);
        }
        assertEquals(0, depth, "every ( is closed");
        assertTrue(set.containsAll(read), "reads only variables it sets or Windows provides: " + read + " vs " + set);

        String javaLine = lines.stream()
                .filter(l -> l.startsWith("\"%JAVA_EXE%\""))
                .findFirst()
                .orElseThrow();
        String shell = Files.readString(home.resolve("bin/driftsstatus"));
        String shellOptions =
                shell.lines().filter(l -> l.startsWith("jvm=(")).findFirst().orElseThrow();
        for (String option : shellOptions.substring(5).split(" ")) {
            String name = option.replace("\"", "")
                    .replace("$home", "%DRIFTSSTATUS_HOME%")
                    .replace(")", "");
            assertTrue(javaLine.contains(name), "the Windows launcher passes " + name + " as bin/driftsstatus does");
        }
        assertTrue(javaLine.contains("-jar \"%DRIFTSSTATUS_HOME%\\lib\\driftsstatus.jar\" %*"), javaLine);
    }

    @AfterAll
    static void removeLinksToTheSystemsTools() throws IOException {
        // Removed here, so that the temporary folder's clean-up does not warn about links leading out of it.
        for (Path dir : List.of(temp.resolve("path"), temp.resolve("no-java"))) {
            Shell.removeLinks(dir);
        }
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = FixtureSite.class.getResourceAsStream("/dk/flis/driftsstatus/cli/version.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** Unpacks with the permissions the zip records, as unzip and desktop archivers on Linux and macOS do. */
    static void unzip(Path zip, Path into) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            for (Path entry : entries.toList()) {
                Path target =
                        into.resolve(archive.getPath("/").relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(entry, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                }
            }
        }
    }
}
