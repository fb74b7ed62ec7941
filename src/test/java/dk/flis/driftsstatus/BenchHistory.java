package dk.flis.driftsstatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The benchmark's generated history as a test project, made as {@code bench/run.sh} makes it: the
 * same generator ({@link GenerateHistory}, which the benchmark runs from its source file), plus the
 * real {@code site.json}, free pages and templates.
 */
public final class BenchHistory {
    private BenchHistory() {}

    /** A project in {@code dir} with {@code months} generated reports ending 2025-10 and their registry. */
    public static FixtureSite write(int months, Path dir) {
        FixtureSite site = FixtureSite.realContent(dir); // the generator then replaces areas.json and the reports
        try {
            GenerateHistory.generate(months, dir, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }
}
