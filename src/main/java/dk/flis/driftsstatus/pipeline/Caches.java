package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.load.ParsedReports;
import dk.flis.driftsstatus.render.OutputCache;
import java.nio.file.Path;

/**
 * What a pipeline may reuse from earlier runs: rendered outputs by cache key, and report files as
 * parsed. {@code build} keeps the outputs on disk for the next build; {@code serve} keeps both in
 * memory across its rebuilds, and a dry run keeps them in memory because it writes nothing.
 */
public record Caches(OutputCache outputs, ParsedReports reports) {

    /** Outputs kept in {@code folder} between runs; reports parsed afresh. */
    public static Caches onDisk(Path folder) {
        return new Caches(OutputCache.onDisk(folder), new ParsedReports());
    }

    /** Both kept only as long as this process, and written nowhere. */
    public static Caches inMemory() {
        return new Caches(OutputCache.inMemory(), new ParsedReports());
    }
}
