package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A family of case folders under {@code src/test/resources/FAMILY/} (invalid, warned): each is laid
 * over the small fixture site, and its {@code expected.txt} holds the headlines a run must print,
 * refreshed with {@code -Dgolden.update=true}.
 */
final class FixtureCases {
    private FixtureCases() {}

    /** The case folders of {@code family}, in name order. */
    static List<Path> folders(String family) throws IOException {
        try (Stream<Path> list = Files.list(FixtureSite.resource(family))) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The small fixture site with {@code folder}'s files laid over it, in its own folder under {@code temp}. */
    static FixtureSite site(Path folder, Path temp) {
        return FixtureSite.of("small", temp.resolve(folder.getFileName().toString()))
                .overlay(folder);
    }

    /**
     * The headlines {@code folder}'s {@code expected.txt} holds; with {@code -Dgolden.update=true},
     * first rewritten in the source tree from {@code run}.
     */
    static List<String> expected(String family, Path folder, FixtureSite.Run run) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Path source = FixtureSite.PROJECT.resolve("src/test/resources/" + family + "/" + folder.getFileName());
            Files.write(source.resolve("expected.txt"), run.headlines(), StandardCharsets.UTF_8);
            return run.headlines();
        }
        return Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }
}
