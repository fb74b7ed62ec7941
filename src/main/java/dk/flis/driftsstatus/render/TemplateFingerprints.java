package dk.flis.driftsstatus.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hashes of what, besides its view records, decides an output's bytes: the program (its jar and the
 * library versions it runs with, fonts included) and each template with everything it imports or
 * includes. Editing one template thus invalidates only the outputs rendered with it.
 */
public final class TemplateFingerprints {
    private static final Pattern REFERENCE = Pattern.compile(
            "<#(?:import|include)\\s+(\"[^\"]*\"|'[^']*'|\\S+)|href=\"([^\":#]+\\.css)\"");

    private final Path folder;
    private final Map<String, String> byTemplate = new ConcurrentHashMap<>();
    private final String program = programFingerprint();

    public TemplateFingerprints(Path templatesFolder) {
        this.folder = templatesFolder.toAbsolutePath().normalize();
    }

    /** The cache key of a job: program, its templates' closure and its own fingerprint. */
    public String key(OutputJob job) {
        StringBuilder all = new StringBuilder(program).append('\n');
        for (String template : job.templates()) {
            all.append(template).append('=').append(byTemplate.computeIfAbsent(template, this::closureHash)).append('\n');
        }
        return sha256(all.append(job.fingerprint()).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Hash of a template and, transitively, of every file it names; everything when a name is not literal. */
    private String closureHash(String template) {
        Set<String> seen = new TreeSet<>();
        Set<String> pending = new LinkedHashSet<>(List.of(template));
        while (!pending.isEmpty()) {
            String name = pending.iterator().next();
            pending.remove(name);
            if (!seen.add(name)) {
                continue;
            }
            Path file = folder.resolve(name).normalize();
            String text = read(file);
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                if (!(target.startsWith("\"") || target.startsWith("'")) && m.group(1) != null) {
                    return everything(); // a computed name: depend on the whole folder to stay correct
                }
                String unquoted = target.replaceAll("^[\"']|[\"']$", "");
                Path parent = folder.relativize(file).getParent();
                String resolved = unquoted.startsWith("/") ? unquoted.substring(1)
                        : (parent == null ? unquoted : parent.resolve(unquoted).normalize().toString().replace('\\', '/'));
                pending.add(resolved);
            }
        }
        StringBuilder all = new StringBuilder();
        for (String name : seen) {
            all.append(name).append('=').append(sha256(read(folder.resolve(name)).getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String everything() {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(folder.relativize(file)).append('=').append(sha256(Files.readAllBytes(file))).append('\n');
            }
            return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "unreadable-" + System.nanoTime(); // never a hit: render again
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "missing";
        }
    }

    /**
     * The running program: its jar's bytes and the libraries its manifest names (with versions), or,
     * when run from a class folder (tests, IDE), every class file in it.
     */
    private static String programFingerprint() {
        StringBuilder all = new StringBuilder("driftsstatus-cache-1\n");
        try {
            CodeSource source = TemplateFingerprints.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                try (InputStream in = Files.newInputStream(location)) {
                    all.append(sha256(in.readAllBytes())).append('\n');
                }
                try (JarFile jar = new JarFile(location.toFile())) {
                    all.append(jar.getManifest().getMainAttributes().getValue("Class-Path")).append('\n');
                }
            } else if (location != null && Files.isDirectory(location)) {
                try (Stream<Path> classes = Files.walk(location)) {
                    for (Path file : classes.filter(Files::isRegularFile).sorted().toList()) {
                        all.append(location.relativize(file)).append('=').append(sha256(Files.readAllBytes(file))).append('\n');
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            all.append("unknown:").append(System.nanoTime());
        }
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
