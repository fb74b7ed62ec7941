package dk.flis.driftsstatus.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The first half of an output's cache key: the program (its jar and the library versions it runs
 * with, fonts included), the templates the output is rendered with (by name) and its input, the
 * records the template receives, in {@link CanonicalKey}'s form. The second half is what its last
 * rendering actually read ({@link ReadRecorder}), checked against the disk by {@link ParallelRender}:
 * editing one template, an included file (however its name is computed) or a stylesheet the PDF
 * imports thus invalidates exactly the outputs that read it.
 */
public final class JobKeys {
    /** The program does not change while it runs: hashed once per process, not once per build. */
    private static final class Program {
        static final String FINGERPRINT = computeProgramFingerprint();
    }

    /** The running program's fingerprint, as cache keys and the no-op manifest use it. */
    public static String programFingerprint() {
        return Program.FINGERPRINT;
    }

    /** The first half of a job's cache key: program, its templates' names and its input. */
    public String key(OutputJob job) {
        MessageDigest digest = Sha256.digest();
        CanonicalKey.writeTo(digest, Program.FINGERPRINT, job.templates(), job.input());
        return Sha256.hex(digest);
    }

    /**
     * The running program: its jar's bytes and the libraries its manifest names (with versions), or,
     * when run from a class folder (tests, IDE), every class file in it.
     */
    private static String computeProgramFingerprint() {
        StringBuilder all = new StringBuilder("driftsstatus-cache-4\n");
        try {
            CodeSource source = JobKeys.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                try (InputStream in = Files.newInputStream(location)) {
                    all.append(ChangeChecksum.of(in.readAllBytes())).append('\n');
                }
                try (JarFile jar = new JarFile(location.toFile())) {
                    all.append(jar.getManifest().getMainAttributes().getValue("Class-Path"))
                            .append('\n');
                }
            } else if (location != null && Files.isDirectory(location)) {
                try (Stream<Path> classes = Files.walk(location)) {
                    for (Path file :
                            classes.filter(Files::isRegularFile).sorted().toList()) {
                        all.append(location.relativize(file))
                                .append('=')
                                .append(ChangeChecksum.of(Files.readAllBytes(file)))
                                .append('\n');
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            all.append("unknown:").append(System.nanoTime());
        }
        return ChangeChecksum.of(all.toString().getBytes(StandardCharsets.UTF_8));
    }
}
