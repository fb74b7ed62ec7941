package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Report files already parsed, by path and exact text, so that a preview rebuild after one edit
 * parses one file rather than every month. Only files that parsed without any diagnostic are kept:
 * a file with problems is parsed again, so its messages are never lost.
 */
public final class ParsedReports {
    private final ConcurrentHashMap<Key, ReportSource> parsed = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    private record Key(String shown, String fileName, String text) {}

    /** Parses the report, or returns the earlier result for the same path and text. */
    public Optional<ReportSource> load(String shown, String fileName, String text, Diagnostics diagnostics) {
        Key key = new Key(shown, fileName, text);
        used.add(key);
        ReportSource earlier = parsed.get(key);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        Diagnostics own = new Diagnostics();
        Optional<ReportSource> source = ReportLoader.load(shown, fileName, text, own);
        for (Diagnostic d : own.sorted()) {
            diagnostics.add(d);
        }
        if (source.isPresent() && own.sorted().isEmpty()) {
            parsed.put(key, source.get());
        }
        return source;
    }

    /** Forgets the files the last load did not read (renamed, deleted or edited since). */
    public void forgetUnused() {
        parsed.keySet().retainAll(used);
        used.clear();
    }
}
